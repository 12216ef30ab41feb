import { normaliseRecord } from '../normalise/record-normaliser';
import { findIndexCandidates } from '../matching/candidate-finder';
import type { MatchModel } from '../matching/match-model';
import type { MatchRecord } from '../matching/match-record';
import { compareNormalised } from '../matching/match-scorer';
import { clusterPairs, type ScoredPair } from '../matching/pair-clusterer';
import { type PairMetrics, pairKey, pairMetrics, pairsWithinGroups } from './pair-metrics';

export interface ThresholdFigures extends PairMetrics {
  threshold: number;
}

/** How the engine did on labelled records, pairwise over its clusters. */
export interface DedupeEvaluation extends ThresholdFigures {
  records: number;
  candidatePairs: number;
  /** share of true pairs that blocking made candidates: recall can be no higher */
  blockingRecall: number;
  /** pairwise figures over the clusters at other thresholds, and the one with the best F1 */
  sweep: ThresholdFigures[];
  best: ThresholdFigures;
  /** what the chain guard (clusterPairs' bridge rule) does at the threshold: pairs it keeps apart */
  chainGuard: { falsePairsSaved: number; truePairsLost: number };
}

export const SWEEP_THRESHOLDS = [0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999] as const;

/** Labelled records: the key (pairKey) of every pair of ids that is one real entity. */
export interface LabelledRecords {
  records: readonly MatchRecord[];
  truePairs: ReadonlySet<string>;
}

/** True pairs from a label per record id: records with the same non-empty label are one entity. */
export function truePairsOfLabels(labels: ReadonlyMap<string, string>): Set<string> {
  const groups = new Map<string, string[]>();
  for (const [id, label] of labels) {
    if (label.trim() === '') continue;
    const group = groups.get(label.trim());
    if (group === undefined) groups.set(label.trim(), [id]);
    else group.push(id);
  }
  return pairsWithinGroups(groups.values());
}

const clusteredPairs = (pairs: readonly ScoredPair[], threshold: number, minBridgeShare?: number) =>
  pairsWithinGroups(clusterPairs(pairs, threshold, { minBridgeShare }).map((cluster) => cluster.ids));

/**
 * Runs the engine's blocking, scoring and clustering over labelled records in memory and measures it: pairwise
 * precision, recall and F1 at `threshold` (the model's by default), blocking recall, and a threshold sweep.
 */
export function evaluateDedupe(
  { records, truePairs }: LabelledRecords,
  model: MatchModel,
  threshold = model.threshold,
): DedupeEvaluation {
  const normalised = records.map((record) => normaliseRecord(record.entityType, record.fields));
  const { pairs: candidates, counts } = findIndexCandidates(normalised);
  const scored = candidates.map(([i, j]) => ({
    a: records[i].id,
    b: records[j].id,
    score: compareNormalised(normalised[i], normalised[j], model, counts).score,
  }));
  const blocked = new Set(scored.map((pair) => pairKey(pair.a, pair.b)));
  const at = (level: number): ThresholdFigures => ({
    threshold: level,
    ...pairMetrics(clusteredPairs(scored, level), truePairs),
  });
  const sweep = [...new Set([...SWEEP_THRESHOLDS, threshold])].sort((x, y) => x - y).map(at);
  const guarded = clusteredPairs(scored, threshold);
  const unguarded = clusteredPairs(scored, threshold, 0);
  let falsePairsSaved = 0;
  let truePairsLost = 0;
  for (const pair of unguarded) {
    if (guarded.has(pair)) continue;
    if (truePairs.has(pair)) truePairsLost++;
    else falsePairsSaved++;
  }
  return {
    records: records.length,
    candidatePairs: candidates.length,
    blockingRecall: pairMetrics(blocked, truePairs).recall,
    ...(sweep.find((row) => row.threshold === threshold) as ThresholdFigures),
    sweep,
    best: sweep.reduce((best, row) => (row.f1 > best.f1 ? row : best)),
    chainGuard: { falsePairsSaved, truePairsLost },
  };
}

const percent = (value: number): string => (100 * value).toFixed(1);

/** The figures as lines for a terminal. */
export function formatEvaluation(name: string, figures: DedupeEvaluation): string[] {
  const row = (f: ThresholdFigures) =>
    `${String(f.threshold).padEnd(8)} ${percent(f.precision).padStart(9)} ${percent(f.recall).padStart(7)} ${percent(f.f1).padStart(6)}`;
  return [
    `${name}: ${figures.records} records, ${figures.truePairs} true pairs, ${figures.candidatePairs} candidate pairs, ` +
      `blocking recall ${percent(figures.blockingRecall)} %`,
    `at threshold ${figures.threshold}: precision ${percent(figures.precision)} %, recall ${percent(figures.recall)} %, ` +
      `F1 ${percent(figures.f1)} % (chain guard kept ${figures.chainGuard.falsePairsSaved} false and ` +
      `${figures.chainGuard.truePairsLost} true pairs apart)`,
    'threshold  precision  recall     F1',
    ...figures.sweep.map(row),
    `best threshold ${figures.best.threshold} (F1 ${percent(figures.best.f1)} %)`,
  ];
}
