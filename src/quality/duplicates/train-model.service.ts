import type { DataSource } from 'typeorm';
import { transaction } from '../../db/transaction';
import type { MatchModel } from '../matching/match-model';
import type { MatchRecord } from '../matching/match-record';
import { trainModel } from '../matching/model-trainer';
import { storeModel } from '../matching/model-store';
import { seededRandom } from '../matching/random-pairs';
import { countMatchRecords, loadMatchRecordPage } from '../matching/record-loader';
import type { EntityType } from '../record-fields';
import { SCAN_TYPES } from './scan-duplicates.service';

export interface TrainOptions {
  entityTypes?: readonly EntityType[];
  /** records trained on at most, drawn at random from all (default 200,000): EM needs the proportions, not every record */
  sampleSize?: number;
  seed?: number;
  onProgress?: (read: number, total: number) => void;
}

export interface TrainSummary {
  records: number;
  sampled: number;
  modelId: number;
  model: MatchModel;
  seconds: number;
}

const PAGE = 5_000;

/**
 * `crm dedupe train`: estimates a model from the stored records (EM, as Splink does; see trainModel) on a uniform
 * sample of them, and stores it: from then on it scores every pair, in findMatches, as records change and in the
 * next scan.
 */
export async function trainStoredModel(dataSource: DataSource, options: TrainOptions = {}): Promise<TrainSummary> {
  const started = process.hrtime.bigint();
  const sampleSize = options.sampleSize ?? 200_000;
  const random = seededRandom(options.seed ?? 1);
  const types = options.entityTypes ?? SCAN_TYPES;
  let total = 0;
  for (const entityType of types) total += await countMatchRecords(dataSource.manager, entityType);
  // reservoir sampling: every record is equally likely to be kept, in one pass and bounded memory
  const sample: MatchRecord[] = [];
  let seen = 0;
  for (const entityType of types) {
    for (let afterId = 0; ;) {
      const page = await loadMatchRecordPage(dataSource.manager, entityType, afterId, PAGE);
      for (const record of page) {
        seen += 1;
        if (sample.length < sampleSize) sample.push(record);
        else {
          const slot = Math.floor(random() * seen);
          if (slot < sampleSize) sample[slot] = record;
        }
      }
      options.onProgress?.(seen, total);
      if (page.length < PAGE) break;
      afterId = Number(page[page.length - 1].id);
    }
  }
  const model = trainModel(sample);
  const stored = await transaction(dataSource, ({ manager }) => storeModel(manager, model));
  return {
    records: seen,
    sampled: sample.length,
    modelId: stored.id,
    model,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
