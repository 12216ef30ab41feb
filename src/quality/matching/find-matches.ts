import type { EntityManager } from 'typeorm';
import { MatchKey } from '../../entities/match-key.entity';
import type { NormalisedRecord } from '../normalise/normalised-record';
import type { ContactFields, EntityType, LeadFields, RelationFields } from '../record-fields';
import { blockingKeysOf } from './blocking-keys';
import { DEFAULT_MAX_BLOCK_SIZE } from './candidate-finder';
import { commonKeysOf } from './common-keys';
import type { MatchModel } from './match-model';
import { compareNormalised, reasonsOf, type Evidence } from './match-scorer';
import { currentModel } from './model-store';
import { loadMatchRecords } from './record-loader';
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
}

/** How many candidates are scored per probe at most: those sharing the most keys with it come first. */
const MAX_SCORED = 200;
/** Keys looked up per statement. */
const KEYS_PER_STATEMENT = 500;
const IDS_PER_READ = 900;

interface Candidate {
  entityType: EntityType;
  recordId: number;
}

const candidateKey = (entityType: EntityType, recordId: number) => `${entityType}:${recordId}`;

/**
 * The stored records under each key, of the wanted types, by index look-ups (KEYS_PER_STATEMENT keys to a
 * statement). A block over DEFAULT_MAX_BLOCK_SIZE is too common to pair on: it is left out and remembered as
 * common, so later look-ups skip it rather than read it whole again.
 */
async function keyBlocks(manager: EntityManager, keys: string[], entityTypes: EntityType[]): Promise<Map<string, Candidate[]>> {
  const { driver } = manager.connection;
  const [table, key, entityType, recordId] = [manager.connection.getMetadata(MatchKey).tableName, 'key', 'entityType', 'recordId'].map((name) => driver.escape(name));
  const common = commonKeysOf(manager.dataSource);
  const typed = (k: string) => `${entityTypes.join(',')} ${k}`;
  const wanted = keys.filter((k) => !common.has(typed(k)));
  const types = entityTypes.map(() => '?').join(', ');
  const blocks = new Map<string, Candidate[]>();
  for (let start = 0; start < wanted.length; start += KEYS_PER_STATEMENT) {
    const chunk = wanted.slice(start, start + KEYS_PER_STATEMENT);
    const sql = `SELECT ${key} AS ${key}, ${entityType} AS ${entityType}, ${recordId} AS ${recordId} FROM ${table} WHERE ${key} IN (${chunk.map(() => '?').join(', ')}) AND ${entityType} IN (${types})`;
    const rows: { key: string; entityType: EntityType; recordId: number | string }[] = await manager.query(sql, [...chunk, ...entityTypes]);
    for (const row of rows) {
      const hit = { entityType: row.entityType, recordId: Number(row.recordId) };
      const block = blocks.get(row.key);
      if (block === undefined) blocks.set(row.key, [hit]);
      else block.push(hit);
    }
  }
  for (const [k, block] of blocks) {
    if (block.length <= DEFAULT_MAX_BLOCK_SIZE) continue;
    blocks.delete(k);
    common.set(typed(k), true);
  }
  return blocks;
}

/** The records sharing the most keys with a probe, most shared first; the probe itself left out. */
function mostShared(probe: MatchProbe, keys: string[], blocks: Map<string, Candidate[]>): Candidate[] {
  const shared = new Map<string, Candidate & { count: number }>();
  for (const key of keys) {
    for (const { entityType, recordId } of blocks.get(key) ?? []) {
      if (entityType === probe.entityType && recordId === probe.recordId) continue;
      const id = candidateKey(entityType, recordId);
      const seen = shared.get(id) ?? { entityType, recordId, count: 0 };
      seen.count += 1;
      shared.set(id, seen);
    }
  }
  return [...shared.values()].sort((a, b) => b.count - a.count).slice(0, MAX_SCORED);
}

/** Each candidate read and normalised once, however many probes share it; merged records are left out. */
async function normalisedCandidates(manager: EntityManager, wanted: Candidate[][], known: Map<string, NormalisedRecord>): Promise<Map<string, NormalisedRecord>> {
  const missing = new Map<EntityType, Set<number>>();
  for (const { entityType, recordId } of wanted.flat()) {
    if (known.has(candidateKey(entityType, recordId))) continue;
    const ids = missing.get(entityType) ?? missing.set(entityType, new Set()).get(entityType)!;
    ids.add(recordId);
  }
  const found = new Map<string, NormalisedRecord>();
  for (const [entityType, idSet] of missing) {
    const ids = [...idSet];
    for (let start = 0; start < ids.length; start += IDS_PER_READ) {
      const { records } = await loadMatchRecords(manager, entityType, ids.slice(start, start + IDS_PER_READ));
      for (const record of records) found.set(candidateKey(entityType, Number(record.id)), normaliseRemembered(entityType, record.fields));
    }
  }
  return found;
}

/**
 * For each probe, the stored records that may be the same, best first, each with its score and evidence: indexed
 * look-ups of the probes' keys on the match_key table (a few statements for the whole batch), one read of the
 * candidates, and a scoring pass over at most MAX_SCORED candidates per probe, with the stored model unless
 * options.model says otherwise.
 */
export async function findMatchesOfMany(manager: EntityManager, probes: MatchProbe[], options: FindMatchesOptions): Promise<MatchCandidate[][]> {
  const normalised = probes.map((probe) => normaliseRemembered(probe.entityType, probe.fields));
  const keysOf = normalised.map(blockingKeysOf);
  const keys = [...new Set(keysOf.flat())];
  if (keys.length === 0) return probes.map(() => []);
  const blocks = await keyBlocks(manager, keys, options.entityTypes);
  const wanted = probes.map((probe, n) => mostShared(probe, keysOf[n], blocks));
  if (wanted.every((candidates) => candidates.length === 0)) return probes.map(() => []);
  const model = options.model ?? (await currentModel(manager));
  // a stored probe is read as it is stored: another probe meeting it as a candidate needs no second read
  const storedProbes = new Map<string, NormalisedRecord>();
  probes.forEach((probe, n) => probe.recordId !== undefined && storedProbes.set(candidateKey(probe.entityType, probe.recordId), normalised[n]));
  const read = await normalisedCandidates(manager, wanted, storedProbes);
  return wanted.map((candidates, n) => {
    const matches: MatchCandidate[] = [];
    for (const { entityType, recordId } of candidates) {
      const candidate = read.get(candidateKey(entityType, recordId)) ?? storedProbes.get(candidateKey(entityType, recordId));
      if (candidate === undefined) continue;
      const { score, evidence } = compareNormalised(normalised[n], candidate, model);
      if (score >= (options.minScore ?? 0)) matches.push({ entityType, recordId, score, reasons: reasonsOf(evidence), evidence });
    }
    return matches.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 20);
  });
}

/** The stored records that may be the same as one probe, best first (see findMatchesOfMany). */
export async function findMatches(manager: EntityManager, probe: MatchProbe, options: FindMatchesOptions): Promise<MatchCandidate[]> {
  const [matches] = await findMatchesOfMany(manager, [probe], options);
  return matches;
}
