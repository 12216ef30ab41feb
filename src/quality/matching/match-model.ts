import type { ComparisonField, ReasonCode } from './comparison-levels';

/** m = P(level | same entity), u = P(level | different entities), as in Fellegi–Sunter and Splink. */
export interface LevelProbabilities {
  m: number;
  u: number;
}

/** A Fellegi–Sunter model; plain JSON, stored by `crm dedupe train`. */
export interface MatchModel {
  version: 1;
  /** λ: probability that two records drawn at random are the same entity */
  prior: number;
  /** match probability from which a pair counts as a duplicate */
  threshold: number;
  /** m and u per non-missing level of each field; a level without entry weighs 0 */
  levels: Record<ComparisonField, Partial<Record<ReasonCode, LevelProbabilities>>>;
  training?: TrainingSummary;
}

export interface TrainingSummary {
  records: number;
  randomPairs: number;
  candidatePairs: number;
  emIterations: number;
  /** expected share of true matches among the candidate pairs, as EM estimated it */
  candidateMatchShare: number;
}
