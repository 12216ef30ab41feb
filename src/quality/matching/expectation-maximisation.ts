import type { FieldComparison } from './field-comparisons';
import { COMPARISON_FIELDS, type ReasonCode } from './comparison-levels';
import { type LevelTable, levelFrequencies } from './level-frequencies';

export interface EmOptions {
  maxIterations: number;
  /** stop when no m probability moves more than this */
  tolerance: number;
}

export interface EmResult {
  m: LevelTable;
  /** estimated share of matches among the pairs */
  matchShare: number;
  iterations: number;
}

const INITIAL_MATCH_SHARE = 0.1;
/** How many pairs' worth of weight the starting values keep, so that a level never seen gets no probability of 0. */
const PSEUDO_COUNT = 1;

/**
 * Fits a two-class mixture (match / non-match) to the comparison vectors of candidate pairs. u is re-estimated for
 * the candidates too, because blocking makes non-matches among them agree far more often than random pairs do;
 * only m is kept, to be combined with u from random pairs.
 */
export function estimateM(
  vectors: ReadonlyArray<readonly FieldComparison[]>,
  initialM: LevelTable,
  initialU: LevelTable,
  options: EmOptions,
): EmResult {
  let m = initialM;
  let u = initialU;
  let matchShare = INITIAL_MATCH_SHARE;
  let iterations = 0;
  while (iterations < options.maxIterations && vectors.length > 0) {
    iterations++;
    const posteriors = vectors.map((vector) => matchPosterior(vector, m, u, matchShare));
    const nextM = levelFrequencies(vectors, (index) => posteriors[index], initialM, PSEUDO_COUNT);
    u = levelFrequencies(vectors, (index) => 1 - posteriors[index], initialU, PSEUDO_COUNT);
    matchShare = posteriors.reduce((sum, posterior) => sum + posterior, 0) / posteriors.length;
    const change = largestChange(m, nextM);
    m = nextM;
    if (change < options.tolerance) break;
  }
  return { m, matchShare: vectors.length > 0 ? matchShare : 0, iterations };
}

function matchPosterior(vector: readonly FieldComparison[], m: LevelTable, u: LevelTable, matchShare: number): number {
  let logOdds = Math.log(matchShare / (1 - matchShare));
  for (const { field, reason } of vector) {
    const mValue = m[field][reason];
    const uValue = u[field][reason];
    if (mValue !== undefined && uValue !== undefined) logOdds += Math.log(mValue / uValue);
  }
  return 1 / (1 + Math.exp(-logOdds));
}

function largestChange(before: LevelTable, after: LevelTable): number {
  let change = 0;
  for (const field of COMPARISON_FIELDS) {
    for (const [reason, value] of Object.entries(after[field]))
      change = Math.max(change, Math.abs(value - (before[field][reason as ReasonCode] ?? 0)));
  }
  return change;
}
