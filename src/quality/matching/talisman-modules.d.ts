/** Types of the talisman modules the matching engine uses (the package ships none). */
declare module 'talisman/metrics/damerau-levenshtein' {
  function damerauLevenshtein(a: string, b: string): number;
  namespace damerauLevenshtein {
    /** the distance, or Infinity once it exceeds max */
    function limited(max: number, a: string, b: string): number;
  }
  export = damerauLevenshtein;
}

declare module 'talisman/phonetics/double-metaphone' {
  function doubleMetaphone(word: string): [string, string];
  export = doubleMetaphone;
}
