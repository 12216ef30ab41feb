import { int, type Random } from './prng';

/** Letters NFD does not take apart, and the Nordic/German habit of writing å, ä, ö, ü as aa, ae, oe, ue. */
const PLAIN: Readonly<Record<string, string>> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ß: 'ss', đ: 'd', ł: 'l' };
const TRANSLITERATED: Readonly<Record<string, string>> = {
  ...PLAIN,
  ø: 'oe',
  Ø: 'Oe',
  å: 'aa',
  Å: 'Aa',
  ä: 'ae',
  Ä: 'Ae',
  ö: 'oe',
  Ö: 'Oe',
  ü: 'ue',
  Ü: 'Ue',
};
const folded = [new Map<string, string>(), new Map<string, string>()];
// eslint-disable-next-line no-control-regex -- deliberately matches control characters
const ASCII = /^[\x00-\x7f]*$/;

/** "Søren Dvořák" → "Soren Dvorak", or "Soeren Dvorak" when transliterating. */
export function foldDiacritics(text: string, transliterate = false): string {
  if (ASCII.test(text)) return text;
  const cache = folded[transliterate ? 1 : 0];
  const table = transliterate ? TRANSLITERATED : PLAIN;
  let out = '';
  for (const ch of text) {
    if (ch < '\x80') {
      out += ch;
      continue;
    }
    let f = cache.get(ch);
    if (f === undefined) {
      f = table[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      cache.set(ch, f);
    }
    out += f;
  }
  return out;
}

/** Lower-case ASCII for domains and mailboxes: "Nordisk Tømrer" → "nordisktomrer" or "nordisk-tomrer". */
export function slug(text: string, separator = ''): string {
  return foldDiacritics(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, separator)
    .replace(/^-+|-+$/g, '');
}

/** One slip of the finger: two letters swapped, one dropped or one doubled (never the first letter). */
export function typo(r: Random, text: string): string {
  if (text.length < 4) return text;
  const i = 1 + int(r, text.length - 2);
  switch (int(r, 3)) {
    case 0:
      return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
    case 1:
      return text.slice(0, i) + text.slice(i + 1);
    default:
      return text.slice(0, i + 1) + text.slice(i);
  }
}
