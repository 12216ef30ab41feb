import { existsSync } from 'node:fs';
import path from 'node:path';
import { type DedupeEvaluation, evaluateDedupe } from '../src/quality/duplicates/dedupe-evaluation';
import { DEFAULT_MODEL } from '../src/quality/matching/default-model';
import { trainModel } from '../src/quality/matching/model-trainer';
import { type SetName, SET_NAMES, loadSet } from './eval/er-datasets';

const FIXTURES = 'test/fixtures/er';

export interface SetFigures {
  set: string;
  /** EM-trained on the set (no labels) */
  trained: DedupeEvaluation;
  /** the default model, as a database nobody trained on scores */
  untrained: DedupeEvaluation;
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

/** Measures each labelled set with the code `crm dedupe eval` runs: with a model EM-trained on it, and untrained. */
export function evaluateSharedSets(options: EvalOptions = {}): SetFigures[] {
  const dataDir = options.dataDir ?? erDataDir();
  return (options.sets ?? SET_NAMES).map((name) => {
    const set = loadSet(name, dataDir, options.sampleSize);
    return {
      set: name,
      trained: evaluateDedupe(set, trainModel(set.records)),
      untrained: evaluateDedupe(set, DEFAULT_MODEL),
    };
  });
}

function printFigures(figures: readonly SetFigures[]): void {
  const percent = (value: number, width: number): string => (100 * value).toFixed(1).padStart(width);
  console.log(
    'set                 records  candidates  blocking-recall  precision  recall      F1   best threshold (F1)   untrained P / R / F1   chain guard: false / true pairs kept apart',
  );
  for (const { set, trained: t, untrained: u } of figures) {
    console.log(
      `${set.padEnd(18)} ${String(t.records).padStart(8)} ${String(t.candidatePairs).padStart(11)} ${percent(t.blockingRecall, 16)}` +
        ` ${percent(t.precision, 10)} ${percent(t.recall, 7)} ${percent(t.f1, 7)}   ${String(t.best.threshold).padStart(8)} (${percent(t.best.f1, 5)})` +
        `    ${percent(u.precision, 6)} /${percent(u.recall, 6)} /${percent(u.f1, 6)}` +
        `   ${t.chainGuard.falsePairsSaved} / ${t.chainGuard.truePairsLost}`,
    );
  }
}

if (require.main === module) printFigures(evaluateSharedSets());
