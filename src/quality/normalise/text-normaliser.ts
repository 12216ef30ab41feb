/** Letters that Unicode does not decompose into a base letter plus a combining mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};
const SPECIAL_LETTER = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const APOSTROPHES = /['’‘`´ʼ]/g;

// eslint-disable-next-line no-control-regex -- deliberately matches control characters
const ASCII = /^[\x00-\x7f]*$/;

/** NFKC, lower case, diacritics folded (ø→o, æ→ae, å→a, ß→ss …); punctuation is kept, apostrophes are dropped. */
export function foldText(value: string): string {
  // plain ASCII has nothing to compose, decompose or fold: the common case, and the Unicode passes are slow
  if (ASCII.test(value)) return value.replace(APOSTROPHES, '').toLowerCase();
  return value
    .replace(APOSTROPHES, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(SPECIAL_LETTER, (letter) => SPECIAL_LETTERS[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/** Folded text with every run of punctuation and white space turned into one space; null when nothing is left. */
export function normaliseText(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = foldText(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return text === '' ? null : text;
}
