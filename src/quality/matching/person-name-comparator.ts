import type { NormalisedRecord } from '../normalise/normalised-record';
import { jaroWinkler } from './string-metrics';

export type NamePartLevel = 'NAME_EXACT' | 'NAME_SIMILAR' | 'NAME_FUZZY' | 'NAME_DIFFERENT';

const SIMILAR = 0.92;
const FUZZY = 0.8;

/** Compares one folded name part: a typo is SIMILAR, a nickname by truncation ("rob"/"robert") or initial is FUZZY. */
export function compareNameParts(a: string | null, b: string | null): NamePartLevel | null {
  if (a == null || b == null) return null;
  if (a === b) return 'NAME_EXACT';
  const similarity = jaroWinkler(a, b);
  if (similarity >= SIMILAR || a.replace(/ /g, '') === b.replace(/ /g, '')) return 'NAME_SIMILAR';
  if (similarity >= FUZZY || a.startsWith(b) || b.startsWith(a)) return 'NAME_FUZZY';
  return 'NAME_DIFFERENT';
}

export interface AlignedNames {
  firstNames: [string | null, string | null];
  lastNames: [string | null, string | null];
}

/**
 * Pairs up first and last names, swapping the second record's when that fits better and every swapped pair is at
 * least FUZZY alike: "Hall, Isla" vs "Isla Hall", or a lone "Holly" that is the other record's last name.
 */
export function alignPersonNames(a: NormalisedRecord, b: NormalisedRecord): AlignedNames {
  const straight: AlignedNames = { firstNames: [a.firstName, b.firstName], lastNames: [a.lastName, b.lastName] };
  const swapped: AlignedNames = { firstNames: [a.firstName, b.lastName], lastNames: [a.lastName, b.firstName] };
  const swappedFit = fit(swapped);
  const swapFits = swappedFit.weakest >= FUZZY || (swappedFit.pairs > 1 && swappedFit.strongest >= SIMILAR);
  return swappedFit.pairs > 0 && swapFits && swappedFit.total > fit(straight).total ? swapped : straight;
}

/** How well paired names agree: Jaro-Winkler summed over the pairs present on both sides, and the weakest pair's. */
function fit(names: AlignedNames): { total: number; weakest: number; strongest: number; pairs: number } {
  let total = 0;
  let weakest = 1;
  let strongest = 0;
  let pairs = 0;
  for (const [x, y] of [names.firstNames, names.lastNames]) {
    if (x == null || y == null) continue;
    const similarity = jaroWinkler(x, y);
    total += similarity;
    weakest = Math.min(weakest, similarity);
    strongest = Math.max(strongest, similarity);
    pairs++;
  }
  return { total, weakest, strongest, pairs };
}
