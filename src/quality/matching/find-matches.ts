import type { EntityManager } from 'typeorm';
import { MatchKey } from '../../entities/match-key.entity';
import type { ContactFields, EntityType, LeadFields, RelationFields } from '../record-fields';
import { normaliseRecord } from '../normalise/record-normaliser';
import { blockingKeysOf } from './blocking-keys';
import { DEFAULT_MAX_BLOCK_SIZE } from './candidate-finder';
import type { MatchModel } from './match-model';
import { compareNormalised, reasonsOf, type Evidence } from './match-scorer';
import { currentModel } from './model-store';
import { loadMatchRecords } from './record-loader';

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

/** How many candidates are scored at most: those sharing the most keys with the probe come first. */
const MAX_SCORED = 200;

interface KeyHit {
  key: string;
  entityType: EntityType;
  recordId: number;
}

/**
 * The stored records under each key, of the wanted types, in one statement: each key is probed by the index with
 * a LIMIT of one more than a block may hold, so a key shared by millions costs no more than a rare one, and one
 * over the limit shows it is too common to pair on.
 */
async function keyHits(manager: EntityManager, keys: string[], entityTypes: EntityType[]): Promise<KeyHit[]> {
  const { driver } = manager.connection;
  const [table, key, entityType, recordId] = [manager.connection.getMetadata(MatchKey).tableName, 'key', 'entityType', 'recordId'].map((name) => driver.escape(name));
  const types = entityTypes.map(() => '?').join(', ');
  const probe = `SELECT ${key} AS ${key}, ${entityType} AS ${entityType}, ${recordId} AS ${recordId} FROM ${table} WHERE ${key} = ? AND ${entityType} IN (${types}) LIMIT ${DEFAULT_MAX_BLOCK_SIZE + 1}`;
  const sql = keys.map((_, n) => `SELECT * FROM (${probe}) AS probe${n}`).join(' UNION ALL ');
  const rows: { key: string; entityType: EntityType; recordId: number | string }[] = await manager.query(sql, keys.flatMap((k) => [k, ...entityTypes]));
  return rows.map((row) => ({ key: row.key, entityType: row.entityType, recordId: Number(row.recordId) }));
}

/** The records sharing the most selective keys with the probe, most shared first. */
function mostShared(hits: KeyHit[], limit: number): { entityType: EntityType; recordId: number }[] {
  const perKey = new Map<string, KeyHit[]>();
  for (const hit of hits) {
    const block = perKey.get(hit.key);
    if (block === undefined) perKey.set(hit.key, [hit]);
    else block.push(hit);
  }
  const shared = new Map<string, { entityType: EntityType; recordId: number; count: number }>();
  for (const block of perKey.values()) {
    if (block.length > DEFAULT_MAX_BLOCK_SIZE) continue;
    for (const { entityType, recordId } of block) {
      const id = `${entityType}:${recordId}`;
      const seen = shared.get(id) ?? { entityType, recordId, count: 0 };
      seen.count += 1;
      shared.set(id, seen);
    }
  }
  return [...shared.values()].sort((a, b) => b.count - a.count).slice(0, limit);
}

/**
 * The stored records that may be the same as the probe, best first, each with
 * its score and evidence: one indexed look-up per key on the match_key table
 * (in one statement), and a scoring pass over at most MAX_SCORED candidates,
 * with the stored model unless options.model says otherwise.
 */
export async function findMatches(manager: EntityManager, probe: MatchProbe, options: FindMatchesOptions): Promise<MatchCandidate[]> {
  const probeRecord = normaliseRecord(probe.entityType, probe.fields);
  const keys = blockingKeysOf(probeRecord);
  if (keys.length === 0) return [];
  const hits = mostShared(await keyHits(manager, keys, options.entityTypes), MAX_SCORED);
  if (hits.length === 0) return [];
  const model = options.model ?? (await currentModel(manager));
  const candidates: MatchCandidate[] = [];
  for (const entityType of options.entityTypes) {
    const ids = hits.filter((h) => h.entityType === entityType && !(entityType === probe.entityType && h.recordId === probe.recordId)).map((h) => h.recordId);
    const { records } = await loadMatchRecords(manager, entityType, ids);
    for (const record of records) {
      const { score, evidence } = compareNormalised(probeRecord, normaliseRecord(entityType, record.fields), model);
      if (score < (options.minScore ?? 0)) continue;
      candidates.push({ entityType, recordId: Number(record.id), score, reasons: reasonsOf(evidence), evidence });
    }
  }
  return candidates.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 20);
}
