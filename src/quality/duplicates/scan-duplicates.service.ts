import type { DataSource, EntityManager } from 'typeorm';
import { usesMysql } from '../../db/dialect';
import { transactionGivingWay } from '../../db/giving-way';
import { MatchKey } from '../../entities/match-key.entity';
import { ENTITY_TYPES } from '../../entities/record-types';
import { normaliseRecord } from '../normalise/record-normaliser';
import { withAlternateValues } from '../matching/alternate-values';
import { DEFAULT_MAX_BLOCK_SIZE } from '../matching/candidate-finder';
import { blockingKeysOf } from '../matching/blocking-keys';
import { matchKeyHash } from '../matching/match-key-hash';
import { syncMatchKeyRange } from '../matching/match-key-range';
import type { MatchModel } from '../matching/match-model';
import { scoreIfReaching } from '../matching/match-scorer';
import { currentModel } from '../matching/model-store';
import type { TermCounts } from '../matching/term-frequencies';
import { countMatchRecords, loadMatchRecordPage } from '../matching/record-loader';
import type { EntityType } from '../record-fields';
import { draftClusters } from './cluster-draft';
import { saveClustersInChunks } from './chunked-cluster-save';
import { dismissedPairsOf } from './dismissed-pairs';
import { PackedRecords } from './packed-records';
import { ScanBlocks } from './scan-blocks';
import { withStagedMatchKeys, type StagingStep } from './staged-match-keys';
import { withSqliteStagedMatchKeys } from './staged-sqlite-match-keys';
import { pairKey, type ScoredLink } from './scored-link';

export interface ScanProgress {
  entityType: EntityType;
  /** reading: records read, keyed and blocked; scoring: records whose candidates are scored; saving: clusters saved */
  phase: 'reading' | 'scoring' | 'saving';
  done: number;
  total: number;
}

/**
 * The points a scan of one type passes, in order: a page of records read and its keys on their way (MySQL's staged
 * load writes a page while it reads the next), all keys written, the candidates scored (clusters not yet saved), a
 * transaction of clusters saved (or of stored ones deleted); a staged load of keys adds its own (StagingStep: SQLite's
 * passes only 'staged' and 'swapped').
 */
export type ScanStep = 'page-written' | 'keys-loaded' | 'scored' | 'clusters-saved' | StagingStep;

export interface ScanOptions {
  entityTypes?: readonly EntityType[];
  /** records read per transaction (default 2,000) */
  pageSize?: number;
  /** clusters saved per transaction (default 2,000) */
  saveChunkSize?: number;
  onProgress?: (progress: ScanProgress) => void;
  /** awaited at each step: what throws here stops the scan there */
  onStep?: (step: ScanStep) => void | Promise<void>;
}

export interface ScanSummary {
  entityType: EntityType;
  records: number;
  /** match-key rows written: all of them for records loaded around the API, none for a rescan of unchanged data */
  keysWritten: number;
  candidatePairs: number;
  /** candidate pairs at or above the threshold, dismissed ones left out */
  links: number;
  clusters: number;
  seconds: number;
  recordsPerSecond: number;
}

const MAX_RECORD_ID = 2 ** 31 - 1;
/** A match key per record and then some: what the blocking arrays start with. */
const KEYS_PER_RECORD = 12;
const SCORING_SLICE = 5_000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface ReadRecords {
  ids: number[];
  records: PackedRecords;
  blocks: ScanBlocks;
  keysWritten: number;
}

/**
 * Writes the keys of the records with ids in (afterId, lastId]; answers the rows written. An overlapping writer's
 * page is written while the next page is read and keyed, on a connection of its own.
 */
interface KeyWriter {
  write(keysById: Map<number, number[]>, afterId: number, lastId: number): Promise<number>;
  overlapping: boolean;
}

/** Into match_key itself: only what differs from the keys stored. */
const liveKeyWriter = (dataSource: DataSource, entityType: EntityType): KeyWriter => ({
  write: (keysById, afterId, lastId) =>
    transactionGivingWay(dataSource, ({ manager }) =>
      syncMatchKeyRange(manager, entityType, keysById, afterId, lastId),
    ),
  overlapping: false,
});

/**
 * Staged rows go 10,000 to a statement. MySQL takes the numbers as literals: mysql2 formats each bound parameter in
 * JavaScript, which costs more than the database's own work. SQLite binds them, in slices of three sizes only, so that
 * its statements have three texts, each prepared once: TypeORM keeps the last 100 statements prepared, and a statement
 * of 10,000 literal rows held about 3 MB (and ran four times as long). 10,000 rows bind 20,000 values, under SQLite's
 * limit of 32,766.
 */
const STAGED_ROWS_PER_STATEMENT = 10_000;
const SLICE_SIZES = usesMysql ? [STAGED_ROWS_PER_STATEMENT] : [STAGED_ROWS_PER_STATEMENT, 100, 1];

/**
 * Into a staging table, every key, as INSERTs that leave a row already there (a trigger copied it) as it is. MySQL
 * writes a page while the next is read; SQLite writes it in a transaction of its own, giving way to other processes'
 * writers.
 */
function stagedKeyWriter(dataSource: DataSource, entityType: EntityType, table: string): KeyWriter {
  const insertInto = `INSERT ${usesMysql ? 'IGNORE' : 'OR IGNORE'} INTO ${table} (entityType, recordId, \`key\`) VALUES `;
  const boundTexts = new Map<number, string>();
  /** a slice of id, key, id, key, … as its statement */
  const statement = (values: number[]): [string, number[]] => {
    const rows = values.length / 2;
    if (usesMysql) {
      const literal = Array.from({ length: rows }, (_, n) => `('${entityType}',${values[2 * n]},${values[2 * n + 1]})`);
      return [insertInto + literal.join(','), []];
    }
    let text = boundTexts.get(rows);
    if (text === undefined)
      boundTexts.set(rows, (text = insertInto + Array(rows).fill(`('${entityType}',?,?)`).join(',')));
    return [text, values];
  };
  return {
    async write(keysById) {
      const values: number[] = [];
      for (const [id, keys] of keysById) for (const key of keys) values.push(id, key);
      const insert = async (target: DataSource | EntityManager) => {
        for (let start = 0; start < values.length;) {
          const left = (values.length - start) / 2;
          const rows = SLICE_SIZES.find((size) => size <= left) ?? left;
          await target.query(...statement(values.slice(start, (start += 2 * rows))));
        }
      };
      await (usesMysql ? insert(dataSource) : transactionGivingWay(dataSource, ({ manager }) => insert(manager)));
      return values.length / 2;
    },
    overlapping: usesMysql,
  };
}

/** Reads every live record of a type in id order, rebuilds its match keys (its alternate values' too) and blocks them in memory. */
async function readRecords(
  dataSource: DataSource,
  entityType: EntityType,
  total: number,
  options: ScanOptions,
  keyWriter: KeyWriter,
): Promise<ReadRecords> {
  const pageSize = options.pageSize ?? 2_000;
  const read: ReadRecords = {
    ids: [],
    records: new PackedRecords(entityType),
    blocks: new ScanBlocks(total * KEYS_PER_RECORD),
    keysWritten: 0,
  };
  let writing = Promise.resolve();
  for (let afterId = 0; afterId < MAX_RECORD_ID;) {
    const page = await loadMatchRecordPage(dataSource.manager, entityType, afterId, pageSize);
    const lastId = page.length < pageSize ? MAX_RECORD_ID : Number(page[page.length - 1].id);
    const first = read.ids.length;
    const keys = page.map((record) => {
      const normalised = normaliseRecord(entityType, record.fields);
      read.ids.push(Number(record.id));
      read.records.push(normalised);
      // each record once: not remembered the way the write path's records are
      return new Set(blockingKeysOf(normalised).map(matchKeyHash));
    });
    const position = new Map(page.map((record, n) => [record.id, n]));
    for (const variant of (await withAlternateValues(dataSource.manager, entityType, page)).slice(page.length)) {
      for (const key of blockingKeysOf(normaliseRecord(entityType, variant.fields)))
        keys[position.get(variant.id)!].add(matchKeyHash(key));
    }
    keys.forEach((recordKeys, n) => recordKeys.forEach((key) => read.blocks.add(first + n, key)));
    const keysById = new Map(page.map((record, n) => [Number(record.id), [...keys[n]]]));
    await writing;
    writing = keyWriter.write(keysById, afterId, lastId).then((rows) => void (read.keysWritten += rows));
    // a failure is thrown where it is awaited, before the next page is written or after the last
    writing.catch(() => undefined);
    if (!keyWriter.overlapping) await writing;
    afterId = lastId;
    options.onProgress?.({ entityType, phase: 'reading', done: read.ids.length, total });
    await options.onStep?.('page-written');
  }
  await writing;
  await options.onStep?.('keys-loaded');
  return read;
}

/** Scores every candidate pair the blocks give; the links are the pairs at or above the threshold nobody dismissed. */
async function scoreCandidates(
  read: ReadRecords,
  model: MatchModel,
  dismissed: Set<string>,
  report: (done: number) => void,
): Promise<{ links: ScoredLink[]; candidatePairs: number }> {
  const { ids, records, blocks } = read;
  blocks.seal(ids.length, DEFAULT_MAX_BLOCK_SIZE);
  // the counted values are record i's, met again with each of its partners: counted once per record
  let countsOfRecord = new Map<string, number>();
  const counts: TermCounts = {
    count: (_type, key) => {
      let count = countsOfRecord.get(key);
      if (count === undefined) countsOfRecord.set(key, (count = blocks.countOf(matchKeyHash(key))));
      return count;
    },
    total: () => ids.length,
  };
  const links: ScoredLink[] = [];
  let candidatePairs = 0;
  for (let i = 0; i < ids.length; i++) {
    const record = records.get(i);
    countsOfRecord = new Map();
    blocks.partnersOf(i, (j) => {
      candidatePairs += 1;
      const result = scoreIfReaching(record, records.get(j), model, model.threshold, counts);
      // ids ascend with the index: records are read in id order
      if (result && !dismissed.has(pairKey(ids[i], ids[j])))
        links.push({ aId: ids[i], bId: ids[j], score: result.score, evidence: result.evidence });
    });
    if ((i + 1) % SCORING_SLICE === 0 || i + 1 === ids.length) {
      report(i + 1);
      await nextTurn();
    }
  }
  return { links, candidatePairs };
}

/** The records' links, from reading and keying them to scoring their candidate pairs; what was read is let go once they are scored. */
async function linksOf(dataSource: DataSource, entityType: EntityType, model: MatchModel, options: ScanOptions) {
  const { manager } = dataSource;
  const total = await countMatchRecords(manager, entityType);
  // records loaded around the API have no keys yet: then the keys are loaded in bulk into a table swapped in
  const unkeyed = (await manager.countBy(MatchKey, { entityType })) < total;
  const staged = usesMysql ? withStagedMatchKeys : withSqliteStagedMatchKeys;
  const read = unkeyed
    ? await staged(
        dataSource,
        entityType,
        (step) => options.onStep?.(step),
        (table) => readRecords(dataSource, entityType, total, options, stagedKeyWriter(dataSource, entityType, table)),
      )
    : await readRecords(dataSource, entityType, total, options, liveKeyWriter(dataSource, entityType));
  const records = read.ids.length;
  const report = (done: number) => options.onProgress?.({ entityType, phase: 'scoring', done, total: records });
  const { links, candidatePairs } = await scoreCandidates(
    read,
    model,
    await dismissedPairsOf(manager, entityType),
    report,
  );
  return { records, keysWritten: read.keysWritten, links, candidatePairs };
}

async function scanType(dataSource: DataSource, entityType: EntityType, options: ScanOptions): Promise<ScanSummary> {
  const started = process.hrtime.bigint();
  const model = await currentModel(dataSource.manager);
  const { records, keysWritten, links, candidatePairs } = await linksOf(dataSource, entityType, model, options);
  const drafts = draftClusters(links, model.threshold);
  await options.onStep?.('scored');
  const total = drafts.length;
  options.onProgress?.({ entityType, phase: 'saving', done: 0, total });
  await saveClustersInChunks(dataSource, entityType, drafts, {
    chunkSize: options.saveChunkSize ?? 2_000,
    onChunk: async (done) => {
      options.onProgress?.({ entityType, phase: 'saving', done, total });
      await options.onStep?.('clusters-saved');
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    entityType,
    records,
    keysWritten,
    candidatePairs,
    links: links.length,
    clusters: drafts.length,
    seconds,
    recordsPerSecond: records / seconds,
  };
}

/**
 * Rebuilds the duplicate clusters of every relation, contact and lead (or of the types asked for) from scratch:
 * for data loaded around the API, or after the model or settings changed. Per type it streams the records in id
 * order, rebuilds their match keys, blocks their keys in memory (never all pairs), scores the candidate pairs with
 * the stored model and clusters the links; stored OPEN clusters whose members did not change keep their ids.
 * Records loaded around the API get their keys in bulk, in a staging table whose key index is built once and which is
 * then swapped in (withStagedMatchKeys, withSqliteStagedMatchKeys), so that an interrupted scan leaves match_key as it
 * was and other sessions' writes find their candidates by the key index meanwhile.
 * Memory grows with the records of one type: a million relations peak at about 1.4 GB. Clusters of records
 * written while it runs are formed again by their next write, or the next scan; the clusters are saved in slices
 * (saveClustersInChunks), and a cluster another session's write formed again meanwhile stands.
 */
export async function scanDuplicates(dataSource: DataSource, options: ScanOptions = {}): Promise<ScanSummary[]> {
  const summaries: ScanSummary[] = [];
  for (const entityType of options.entityTypes ?? ENTITY_TYPES)
    summaries.push(await scanType(dataSource, entityType, options));
  return summaries;
}
