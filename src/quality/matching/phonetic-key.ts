import doubleMetaphone = require('talisman/phonetics/double-metaphone');

/** Primary Double Metaphone code of a folded name, spaces ignored ("christoffersen" → "KRST"); the letters when it has none. */
export function phoneticKey(name: string): string {
  const letters = name.replace(/[^a-z]/g, '');
  return doubleMetaphone(letters)[0] || letters;
}
