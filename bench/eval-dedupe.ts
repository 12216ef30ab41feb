import { existsSync } from 'node:fs';
import path from 'node:path';
import { findCandidatePairs } from '../src/quality/matching/candidate-finder';
import { deduplicate } from '../src/quality/matching/deduplicator';
import { trainModel } from '../src/quality/matching/model-trainer';
import { type SetName, SET_NAMES, loadSet } from './eval/er-datasets';
import { type PairMetrics, pairKey, pairMetrics, pairsWithinGroups } from './eval/pair-metrics';

const FIXTURES = 'test/fixtures/er';

export interface SetFigures extends PairMetrics {
  set: string;
  records: number;
  candidatePairs: number;
  /** share of true pairs that blocking made candidates */
  blockingRecall: number;
  /** the same figures for the scored pairs alone, before clustering */
  linkage: PairMetrics;
}

export interface EvalOptions {
  dataDir?: string;
  sets?: readonly SetName[];
  /** use only the first records of each file (for quick tests) */
  sampleSize?: number;
}

/** ER_DATA_DIR, else the labelled sets kept in test/fixtures/er, seen from dist/bench (compiled) or from bench (ts-jest). */
function erDataDir(): string {
  const candidates = [path.resolve(__dirname, '../..', FIXTURES), path.resolve(__dirname, '..', FIXTURES)];
  return process.env.ER_DATA_DIR ?? candidates.find((candidate) => existsSync(candidate)) ?? candidates[0];
}

/** Trains a model on each labelled set (EM, no labels), de-duplicates it and measures pairwise precision, recall and F1. */
export function evaluateDedupe(options: EvalOptions = {}): SetFigures[] {
  const dataDir = options.dataDir ?? erDataDir();
  return (options.sets ?? SET_NAMES).map((name) => {
    const { records, truePairs } = loadSet(name, dataDir, options.sampleSize);
    const model = trainModel(records);
    const result = deduplicate(records, model);
    const candidates = new Set(findCandidatePairs(records).map((pair) => pairKey(pair.a, pair.b)));
    const linkage = pairMetrics(new Set(result.matches.map((pair) => pairKey(pair.a, pair.b))), truePairs);
    return {
      set: name,
      records: records.length,
      candidatePairs: result.candidatePairs,
      blockingRecall: pairMetrics(candidates, truePairs).recall,
      ...pairMetrics(pairsWithinGroups(result.clusters.map((cluster) => cluster.ids)), truePairs),
      linkage,
    };
  });
}

function printFigures(figures: readonly SetFigures[]): void {
  const percent = (value: number, width: number): string => (100 * value).toFixed(1).padStart(width);
  console.log(
    'set                 records  candidates  blocking-recall  precision  recall      F1   (scored pairs only: P / R / F1)',
  );
  for (const row of figures) {
    console.log(
      `${row.set.padEnd(18)} ${String(row.records).padStart(8)} ${String(row.candidatePairs).padStart(11)} ${percent(row.blockingRecall, 16)}` +
        ` ${percent(row.precision, 10)} ${percent(row.recall, 7)} ${percent(row.f1, 7)}` +
        `   (${percent(row.linkage.precision, 6)} /${percent(row.linkage.recall, 6)} /${percent(row.linkage.f1, 6)})`,
    );
  }
}

if (require.main === module) printFigures(evaluateDedupe());
