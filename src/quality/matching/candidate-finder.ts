import { normaliseRecord } from '../normalise/record-normaliser';
import type { NormalisedRecord } from '../normalise/normalised-record';
import { blockingKeysOf } from './blocking-keys';
import type { EntityType } from '../record-fields';
import type { MatchRecord } from './match-record';
import type { TermCounts } from './term-frequencies';

/**
 * A key shared by more records than this says too little to be worth pairing all of them (like a stop word). The
 * pairs a block gives grow with its square: over 1,000,000 generated relations a limit of 100 gives 37 million
 * candidate pairs, 20 gives 4 million, and blocking still finds 99.9 % of the true pairs (the narrow keys find what
 * a common key no longer does); the labelled sets of `npm run eval:dedupe` score the same with either.
 */
export const DEFAULT_MAX_BLOCK_SIZE = 20;

export interface CandidateOptions {
  maxBlockSize?: number;
}

export interface CandidatePair {
  a: string;
  b: string;
}

export interface IndexCandidates {
  /** index pairs [i, j], i < j */
  pairs: Array<[number, number]>;
  /** the size of every block, common ones too */
  counts: TermCounts;
}

/**
 * In-memory stand-in for the match_key table: index pairs [i, j], i < j, of same-type records sharing a blocking key,
 * and the blocks' sizes. It blocks on the keys' text, where the table holds their hashes: the same blocks but for the
 * rare hash collision.
 */
export function findIndexCandidates(
  records: readonly NormalisedRecord[],
  options: CandidateOptions = {},
): IndexCandidates {
  const maxBlockSize = options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE;
  const blocks = new Map<string, number[]>();
  records.forEach((record, index) => {
    for (const key of blockingKeysOf(record)) {
      const typedKey = `${record.entityType} ${key}`;
      const block = blocks.get(typedKey);
      if (block === undefined) blocks.set(typedKey, [index]);
      else block.push(index);
    }
  });
  const totals = new Map<EntityType, number>();
  for (const { entityType } of records) totals.set(entityType, (totals.get(entityType) ?? 0) + 1);
  const counts: TermCounts = {
    count: (entityType, key) => blocks.get(`${entityType} ${key}`)?.length,
    total: (entityType) => totals.get(entityType) ?? 0,
  };
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > maxBlockSize) continue;
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const code = block[i] * records.length + block[j];
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([block[i], block[j]]);
      }
    }
  }
  return { pairs, counts };
}

/** Index pairs [i, j], i < j, of same-type records sharing a blocking key (see findIndexCandidates). */
export function findCandidateIndexPairs(
  records: readonly NormalisedRecord[],
  options: CandidateOptions = {},
): Array<[number, number]> {
  return findIndexCandidates(records, options).pairs;
}

/** The record pairs (by id) worth scoring. */
export function findCandidatePairs(records: readonly MatchRecord[], options: CandidateOptions = {}): CandidatePair[] {
  const normalised = records.map((record) => normaliseRecord(record.entityType, record.fields));
  return findCandidateIndexPairs(normalised, options).map(([i, j]) => ({ a: records[i].id, b: records[j].id }));
}
