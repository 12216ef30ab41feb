import damerauLevenshtein = require('talisman/metrics/damerau-levenshtein');

/** Scratch space of jaro(), reused: a scan compares millions of names, and fresh arrays per call kept the collector busy. */
let matchedInLonger = new Uint8Array(64);
let matchOfShorter = new Int32Array(64);

/** Jaro similarity, as talisman computes it (matches within half the longer length, half-transpositions rounded down). */
function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.length > matchedInLonger.length) {
    matchedInLonger = new Uint8Array(2 * longer.length);
    matchOfShorter = new Int32Array(2 * longer.length);
  }
  matchedInLonger.fill(0, 0, longer.length);
  const range = Math.max(Math.floor(longer.length / 2) - 1, 0);
  let matches = 0;
  for (let i = 0; i < shorter.length; i++) {
    const code = shorter.charCodeAt(i);
    matchOfShorter[i] = -1;
    const end = Math.min(i + range + 1, longer.length);
    for (let j = Math.max(i - range, 0); j < end; j++) {
      if (matchedInLonger[j] === 0 && longer.charCodeAt(j) === code) {
        matchOfShorter[i] = j;
        matchedInLonger[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < shorter.length; i++) {
    if (matchOfShorter[i] < 0) continue;
    while (matchedInLonger[j] === 0) j++;
    if (shorter.charCodeAt(i) !== longer.charCodeAt(j)) transpositions++;
    j++;
  }
  const halfTranspositions = Math.floor(transpositions / 2);
  return (matches / a.length + matches / b.length + (matches - halfTranspositions) / matches) / 3;
}

/** Jaro-Winkler as talisman computes it: a common prefix of up to 4 characters boosts a Jaro similarity of 0.7 or more. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const similarity = jaro(a, b);
  if (similarity < 0.7) return similarity;
  const limit = Math.min(a.length, b.length, 4);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return similarity + prefix * 0.1 * (1 - similarity);
}

/**
 * The Damerau-Levenshtein distance when it is at most `max`, else Infinity. Comparators only ask whether two values
 * are within an edit or two, and stopping there makes scoring a million records' candidate pairs a third faster.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  return damerauLevenshtein.limited(max, a, b);
}

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
      at = unused.findIndex(
        (other) => other.length >= MIN_FUZZY_TOKEN_LENGTH && jaroWinkler(token, other) >= tokenThreshold,
      );
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
