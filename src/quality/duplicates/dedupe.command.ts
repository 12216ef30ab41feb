import { Presets, SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { transaction } from '../../db/transaction';
import { hasStoredModel, storeThreshold } from '../matching/model-store';
import { countMatchRecords } from '../matching/record-loader';
import { TYPE_OF, type DedupeEntity } from './dedupe-entities';
import { scanDuplicates, SCAN_TYPES, type ScanProgress } from './scan-duplicates.service';
import { trainStoredModel } from './train-model.service';

export { DEDUPE_ENTITIES, type DedupeEntity } from './dedupe-entities';

const number = (n: number) => Math.round(n).toLocaleString('en');
const typesOf = (entity?: DedupeEntity) => (entity ? [TYPE_OF[entity]] : SCAN_TYPES);

function progressBar(label: string): SingleBar | null {
  return process.stdout.isTTY
    ? new SingleBar(
        {
          format: `${label} {bar} {percentage}% | {value}/{total} records | ETA {eta_formatted}`,
          stream: process.stdout,
          hideCursor: true,
        },
        Presets.shades_classic,
      )
    : null;
}

/** A scan of at least this many records with no stored model trains one first: EM needs enough pairs to learn from. */
export const AUTO_TRAIN_MIN_RECORDS = 1_000;
/** Records the automatic training draws: enough for EM's proportions, and quick next to the scan itself. */
const AUTO_TRAIN_SAMPLE = 50_000;

export interface DedupeScanOptions {
  threshold?: number;
  /** false: never train before scanning */
  train?: boolean;
}

/** Trains and stores a model when none was ever stored and the types hold enough records; says so. */
async function trainIfUntrained(dataSource: DataSource, entity: DedupeEntity | undefined): Promise<void> {
  if (await hasStoredModel(dataSource.manager)) return;
  let records = 0;
  for (const entityType of typesOf(entity)) records += await countMatchRecords(dataSource.manager, entityType);
  if (records < AUTO_TRAIN_MIN_RECORDS) return;
  const summary = await trainStoredModel(dataSource, { entityTypes: typesOf(entity), sampleSize: AUTO_TRAIN_SAMPLE });
  console.log(
    `No trained model yet: trained model ${summary.modelId} on ${number(summary.sampled)} of ${number(records)} records ` +
      `(EM, ${summary.seconds.toFixed(1)} s); it scores every pair from now on (--no-train scans with the default model).`,
  );
}

/**
 * `crm dedupe scan`: a progress bar per phase on a terminal, a line per record type, and a closing line with the rate.
 * With no model stored yet and enough records it trains one first; with a threshold it stores it as the one every
 * pair is judged by from now on.
 */
export async function runDedupeScan(
  dataSource: DataSource,
  entity?: DedupeEntity,
  { threshold, train = true }: DedupeScanOptions = {},
): Promise<void> {
  if (train) await trainIfUntrained(dataSource, entity);
  if (threshold !== undefined) {
    await transaction(dataSource, ({ manager }) => storeThreshold(manager, threshold));
    console.log(`Match threshold ${threshold} stored: scans, findMatches and imports judge pairs by it from now on.`);
  }
  const shown: { phase?: string; bar?: SingleBar | null } = {};
  const onProgress = ({ entityType, phase, done, total }: ScanProgress) => {
    const label = `${entityType.toLowerCase()}s: ${phase}`;
    if (label !== shown.phase) {
      shown.bar?.stop();
      Object.assign(shown, { phase: label, bar: progressBar(label.padEnd(22)) });
      shown.bar?.start(total, done);
    }
    shown.bar?.update(done);
  };
  const summaries = await scanDuplicates(dataSource, { entityTypes: typesOf(entity), onProgress });
  shown.bar?.stop();
  for (const s of summaries) {
    console.log(
      `${s.entityType.toLowerCase()}s: ${number(s.records)} records, ${number(s.keysWritten)} match keys written, ${number(s.candidatePairs)} candidate pairs, ` +
        `${number(s.links)} links, ${number(s.clusters)} clusters (${s.seconds.toFixed(1)} s)`,
    );
  }
  const records = summaries.reduce((sum, s) => sum + s.records, 0);
  const seconds = summaries.reduce((sum, s) => sum + s.seconds, 0);
  console.log(
    `Scanned ${number(records)} records in ${seconds.toFixed(1)} s (${number(records / Math.max(seconds, 0.001))} records/s).`,
  );
}

/** `crm dedupe train`: estimates a model from the stored records and stores it; the last line names it. */
export async function runDedupeTrain(
  dataSource: DataSource,
  entity?: DedupeEntity,
  sampleSize?: number,
): Promise<void> {
  const bar = progressBar('reading'.padEnd(22));
  const summary = await trainStoredModel(dataSource, {
    entityTypes: typesOf(entity),
    sampleSize,
    onProgress: (read, total) => {
      if (bar && !bar.isActive) bar.start(total, 0);
      bar?.update(read);
    },
  });
  bar?.stop();
  const { prior, threshold, training } = summary.model;
  console.log(
    `Trained on ${number(summary.sampled)} of ${number(summary.records)} records in ${summary.seconds.toFixed(1)} s: ` +
      `λ = ${prior.toExponential(2)}, ${number(training?.candidatePairs ?? 0)} candidate pairs, ${training?.emIterations ?? 0} EM iterations, threshold ${threshold}.`,
  );
  console.log(
    `Stored as model ${summary.modelId}: it scores every pair from now on; \`crm dedupe scan\` rebuilds the clusters with it.`,
  );
}
