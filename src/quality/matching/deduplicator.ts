import { normaliseRecord } from '../normalise/record-normaliser';
import { type CandidateOptions, findIndexCandidates } from './candidate-finder';
import { DEFAULT_MODEL } from './default-model';
import type { MatchModel } from './match-model';
import type { MatchRecord } from './match-record';
import { compareNormalised } from './match-scorer';
import { type Cluster, type ClusterOptions, type ScoredPair, clusterPairs } from './pair-clusterer';

export interface DedupeOptions extends CandidateOptions, ClusterOptions {}

export interface DedupeResult {
  candidatePairs: number;
  /** candidate pairs scoring at or above the model's threshold */
  matches: ScoredPair[];
  clusters: Cluster[];
}

/** The whole pipeline in memory (blocking, scoring, clustering): for tests, evaluation and small batches. */
export function deduplicate(
  records: readonly MatchRecord[],
  model: MatchModel = DEFAULT_MODEL,
  options: DedupeOptions = {},
): DedupeResult {
  const normalised = records.map((record) => normaliseRecord(record.entityType, record.fields));
  const { pairs, counts } = findIndexCandidates(normalised, options);
  const matches = pairs
    .map(([i, j]) => ({
      a: records[i].id,
      b: records[j].id,
      score: compareNormalised(normalised[i], normalised[j], model, counts).score,
    }))
    .filter((pair) => pair.score >= model.threshold);
  return { candidatePairs: pairs.length, matches, clusters: clusterPairs(matches, model.threshold, options) };
}
