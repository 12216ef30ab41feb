/// <reference path="./talisman-modules.d.ts" />
import damerauLevenshtein = require('talisman/metrics/damerau-levenshtein');
import jaroWinkler = require('talisman/metrics/jaro-winkler');

export { damerauLevenshtein, jaroWinkler };

/** Shortest length at which two different tokens may still count as the same word when Jaro-Winkler finds them close. */
const MIN_FUZZY_TOKEN_LENGTH = 4;

/**
 * Dice overlap of two token sets, where a token also matches a not yet used token of the other side that is
 * within `tokenThreshold` Jaro-Winkler ("carlton" ~ "carltn"). 1 = same words in any order, 0 = no word shared.
 */
export function tokenSetSimilarity(a: readonly string[], b: readonly string[], tokenThreshold = 0.92): number {
  if (a.length === 0 || b.length === 0) return 0;
  const unused = [...new Set(b)];
  const tokens = [...new Set(a)];
  let shared = 0;
  for (const token of tokens) {
    let at = unused.indexOf(token);
    if (at < 0 && token.length >= MIN_FUZZY_TOKEN_LENGTH) {
      at = unused.findIndex((other) => other.length >= MIN_FUZZY_TOKEN_LENGTH && jaroWinkler(token, other) >= tokenThreshold);
    }
    if (at >= 0) {
      shared++;
      unused.splice(at, 1);
    }
  }
  return (2 * shared) / (tokens.length + new Set(b).size);
}

/** Share of the smaller token set found in the larger one (1 when one name contains all words of the other). */
export function tokenContainment(a: readonly string[], b: readonly string[]): number {
  const [small, large] = a.length <= b.length ? [new Set(a), new Set(b)] : [new Set(b), new Set(a)];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return shared / small.size;
}
