// Letters NFD does not decompose into a base letter plus accents.
const FOLDED: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };

/** Folds a header (or a cell value read like one) for comparing, ignoring case, accents, spaces and punctuation: "Tlf. nr" → "tlfnr", "PSČ" → "psc". */
export function foldHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøœßłđðþ]/g, (letter) => FOLDED[letter])
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}
