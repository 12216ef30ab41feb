import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { MatchKey } from '../../entities/match-key.entity';
import type { NormalisedRecord } from '../normalise/normalised-record';
import type { ContactFields, EntityType, LeadFields, RelationFields } from '../record-fields';
import { DEFAULT_MAX_BLOCK_SIZE } from './candidate-finder';
import { commonKeysOf } from './common-keys';
import { hashedBlockingKeys, matchKeyHash } from './match-key-hash';
import type { MatchModel } from './match-model';
import { reasonsOf, scoreIfReaching, type Evidence } from './match-scorer';
import { currentModel } from './model-store';
import type { MatchRecord } from './match-record';
import { ENTITY_OF_TYPE, loadMatchRecords } from './record-loader';
import type { TermCounts } from './term-frequencies';
import { normaliseRemembered } from './remembered-normalisation';

export interface MatchProbe {
  entityType: EntityType;
  fields: RelationFields | ContactFields | LeadFields;
  /** the probe's own id, when it is a stored record, so it does not find itself */
  recordId?: number;
}

export interface MatchCandidate {
  entityType: EntityType;
  recordId: number;
  score: number;
  reasons: string[];
  evidence: Evidence[];
}

export interface FindMatchesOptions {
  entityTypes: EntityType[];
  minScore?: number;
  limit?: number;
  model?: MatchModel;
  /** the records the unit of work the matching runs in wrote (see rememberWritten) */
  written?: ReadonlyMap<number, NormalisedRecord>;
}

/** How many candidates are scored per probe at most: those sharing the most keys with it come first. */
const MAX_SCORED = 200;
/** Keys looked up per statement. */
const KEYS_PER_STATEMENT = 500;
const IDS_PER_READ = 900;

interface Candidate {
  entityType: EntityType;
  recordId: number;
  /** entityType and recordId in one number, for the maps that meet millions of candidates */
  key: number;
}

const TYPE_CODE: Record<EntityType, number> = { RELATION: 0, CONTACT: 1, LEAD: 2 };
const candidateKey = (entityType: EntityType, recordId: number) => recordId * 4 + TYPE_CODE[entityType];

/**
 * A unit of work keeps the records it wrote, normalised as they now stand, by candidate key. Until it commits no
 * other transaction can change them (SQLite writes one transaction at a time; InnoDB holds their row locks), so as
 * candidates they are taken from there (FindMatchesOptions.written) instead of being read back: an import of 100,000
 * rows meets its own rows as candidates about two million times. Held for at most MAX_WRITTEN records; beyond,
 * candidates are read.
 */
const MAX_WRITTEN = 250_000;

/** Tells the matching of this unit of work what it wrote: the records with these ids, `records` the live ones among them. */
export function rememberWritten(uow: UnitOfWork, entityType: EntityType, ids: number[], records: MatchRecord[]): void {
  const written = uow.writtenRecords;
  for (const id of ids) written.delete(candidateKey(entityType, id));
  if (written.size + records.length > MAX_WRITTEN) return;
  for (const record of records)
    written.set(candidateKey(entityType, Number(record.id)), normaliseRemembered(entityType, record.fields));
}

interface KeyLookUp {
  /** the records under each key of a block small enough to pair on */
  blocks: Map<number, Candidate[]>;
  /** how many stored records of the wanted types hold each key (0 when none) */
  counts: Map<number, number>;
}

/**
 * The stored records under each key, of the wanted types, by index look-ups (KEYS_PER_STATEMENT keys to a
 * statement), with how many records hold each. A block over DEFAULT_MAX_BLOCK_SIZE is too common to pair on: it is
 * left out and its count remembered, so later look-ups neither count nor read it again.
 */
async function keyBlocks(manager: EntityManager, keys: number[], entityTypes: EntityType[]): Promise<KeyLookUp> {
  const { driver } = manager.connection;
  const [table, key, entityType, recordId] = [
    manager.connection.getMetadata(MatchKey).tableName,
    'key',
    'entityType',
    'recordId',
  ].map((name) => driver.escape(name));
  const common = commonKeysOf(manager.dataSource);
  const types = `${entityTypes.join(',')} `;
  const typed = (k: number) => types + k;
  const counts = new Map<number, number>();
  for (const k of keys) {
    const count = common.get(typed(k));
    if (count !== undefined) counts.set(k, count);
  }
  const typeParameters = entityTypes.map(() => '?').join(', ');
  const statements = async (wanted: number[], select: string, groupBy = '') => {
    const rows: Array<Record<string, number | string>> = [];
    for (let start = 0; start < wanted.length; start += KEYS_PER_STATEMENT) {
      const chunk = wanted.slice(start, start + KEYS_PER_STATEMENT);
      const sql = `SELECT ${select} FROM ${table} WHERE ${key} IN (${chunk.map(() => '?').join(', ')}) AND ${entityType} IN (${typeParameters})${groupBy}`;
      rows.push(...(await manager.query(sql, [...chunk, ...entityTypes])));
    }
    return rows;
  };
  const uncounted = keys.filter((k) => !counts.has(k));
  // one record's keys are counted first, so that a common key's rows are never read; a batch's are read at once,
  // where a second statement would cost as many index look-ups again and the common keys are soon remembered
  const countFirst = uncounted.length <= KEYS_PER_STATEMENT;
  if (countFirst)
    for (const row of await statements(uncounted, `${key} AS ${key}, COUNT(*) AS n`, ` GROUP BY ${key}`))
      counts.set(Number(row.key), Number(row.n));
  const blocks = new Map<number, Candidate[]>();
  const rows = await statements(
    countFirst
      ? uncounted.filter((k) => (counts.get(k) ?? 0) > 0 && counts.get(k)! <= DEFAULT_MAX_BLOCK_SIZE)
      : uncounted,
    `${key} AS ${key}, ${entityType} AS ${entityType}, ${recordId} AS ${recordId}`,
  );
  for (const row of rows) {
    const id = Number(row.recordId);
    const type = row.entityType as EntityType;
    const hit = { entityType: type, recordId: id, key: candidateKey(type, id) };
    const block = blocks.get(Number(row.key));
    if (block === undefined) blocks.set(Number(row.key), [hit]);
    else block.push(hit);
  }
  for (const k of uncounted) {
    const count = counts.get(k) ?? blocks.get(k)?.length ?? 0;
    counts.set(k, count);
    if (count <= DEFAULT_MAX_BLOCK_SIZE) continue;
    blocks.delete(k);
    common.set(typed(k), count);
  }
  return { blocks, counts };
}

/** How many records of the types there are, near enough: the highest ids, read from the primary keys' ends. */
async function recordTotal(manager: EntityManager, entityTypes: EntityType[]): Promise<number> {
  let total = 0;
  for (const type of entityTypes) total += (await manager.getRepository(ENTITY_OF_TYPE[type]).maximum('id')) ?? 0;
  return total;
}

/** The holders of a probe's keys as term counts; a probe not stored yet holds its keys too. */
function probeCounts(probe: MatchProbe, counts: Map<number, number>, total: number): TermCounts {
  const own = probe.recordId === undefined ? 1 : 0;
  return {
    count: (_type, text) => {
      const count = counts.get(matchKeyHash(text));
      return count === undefined ? undefined : count + own;
    },
    total: () => total + own,
  };
}

/** The records sharing the most keys with a probe, most shared first; the probe itself left out. */
function mostShared(probe: MatchProbe, keys: number[], blocks: Map<number, Candidate[]>): Candidate[] {
  const shared = new Map<number, { candidate: Candidate; count: number }>();
  const self = probe.recordId === undefined ? -1 : candidateKey(probe.entityType, probe.recordId);
  for (const key of keys) {
    for (const candidate of blocks.get(key) ?? []) {
      if (candidate.key === self) continue;
      const seen = shared.get(candidate.key);
      if (seen) seen.count += 1;
      else shared.set(candidate.key, { candidate, count: 1 });
    }
  }
  return [...shared.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_SCORED)
    .map((seen) => seen.candidate);
}

/** Adds each candidate not known yet, read and normalised once however many probes share it; merged records are left out. */
async function readCandidates(
  manager: EntityManager,
  wanted: Candidate[][],
  known: Map<number, NormalisedRecord>,
  written?: ReadonlyMap<number, NormalisedRecord>,
): Promise<void> {
  const missing = new Map<EntityType, Set<number>>();
  for (const candidates of wanted) {
    for (const { entityType, recordId, key } of candidates) {
      if (known.has(key) || written?.has(key)) continue;
      const ids = missing.get(entityType) ?? missing.set(entityType, new Set()).get(entityType)!;
      ids.add(recordId);
    }
  }
  for (const [entityType, idSet] of missing) {
    const ids = [...idSet];
    for (let start = 0; start < ids.length; start += IDS_PER_READ) {
      const { records } = await loadMatchRecords(manager, entityType, ids.slice(start, start + IDS_PER_READ));
      for (const record of records)
        known.set(candidateKey(entityType, Number(record.id)), normaliseRemembered(entityType, record.fields));
    }
  }
}

/**
 * For each probe, the stored records that may be the same, best first, each with its score and evidence: indexed
 * look-ups of the probes' keys on the match_key table (a few statements for the whole batch), one read of the
 * candidates, and a scoring pass over at most MAX_SCORED candidates per probe, with the stored model unless
 * options.model says otherwise.
 */
export async function findMatchesOfMany(
  manager: EntityManager,
  probes: MatchProbe[],
  options: FindMatchesOptions,
): Promise<MatchCandidate[][]> {
  const normalised = probes.map((probe) => normaliseRemembered(probe.entityType, probe.fields));
  const keysOf = normalised.map(hashedBlockingKeys);
  const keys = [...new Set(keysOf.flat())];
  if (keys.length === 0) return probes.map(() => []);
  const { blocks, counts } = await keyBlocks(manager, keys, options.entityTypes);
  const wanted = probes.map((probe, n) => mostShared(probe, keysOf[n], blocks));
  if (wanted.every((candidates) => candidates.length === 0)) return probes.map(() => []);
  const model = options.model ?? (await currentModel(manager));
  // a stored probe is read as it is stored: another probe meeting it as a candidate needs no second read
  const { written } = options;
  const read = new Map<number, NormalisedRecord>();
  probes.forEach(
    (probe, n) =>
      probe.recordId !== undefined && read.set(candidateKey(probe.entityType, probe.recordId), normalised[n]),
  );
  await readCandidates(manager, wanted, read, written);
  const total = await recordTotal(manager, options.entityTypes);
  return wanted.map((candidates, n) => {
    const termCounts = probeCounts(probes[n], counts, total);
    const matches: MatchCandidate[] = [];
    for (const { entityType, recordId, key } of candidates) {
      const candidate = read.get(key) ?? written?.get(key);
      if (candidate === undefined) continue;
      const result = scoreIfReaching(normalised[n], candidate, model, options.minScore ?? 0, termCounts);
      if (result)
        matches.push({
          entityType,
          recordId,
          score: result.score,
          reasons: reasonsOf(result.evidence),
          evidence: result.evidence,
        });
    }
    return matches.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 20);
  });
}

/** The stored records that may be the same as one probe, best first (see findMatchesOfMany). */
export async function findMatches(
  manager: EntityManager,
  probe: MatchProbe,
  options: FindMatchesOptions,
): Promise<MatchCandidate[]> {
  const [matches] = await findMatchesOfMany(manager, [probe], options);
  return matches;
}
