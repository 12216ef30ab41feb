import type { EntityManager } from 'typeorm';
import { MatchKey } from '../../entities/match-key.entity';
import type { ContactFields, EntityType, LeadFields, RelationFields } from '../record-fields';
import { blockingKeys } from './blocking-keys';
import { DEFAULT_MAX_BLOCK_SIZE } from './candidate-finder';
import { DEFAULT_MODEL } from './default-model';
import type { MatchModel } from './match-model';
import { compare, type Evidence } from './match-scorer';
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

/**
 * The stored records that may be the same as the probe, best first, each with
 * its score and evidence. Two indexed look-ups on the match_key table (key sizes,
 * then their records) and a scoring pass over at most MAX_SCORED candidates.
 */
export async function findMatches(manager: EntityManager, probe: MatchProbe, options: FindMatchesOptions): Promise<MatchCandidate[]> {
  const probeRecord = { id: String(probe.recordId ?? 0), entityType: probe.entityType, fields: probe.fields };
  const keys = blockingKeys(probeRecord);
  if (keys.length === 0) return [];
  const sizes: { key: string; size: string | number }[] = await manager
    .createQueryBuilder(MatchKey, 'mk')
    .select('mk.key', 'key')
    .addSelect('COUNT(*)', 'size')
    .where('mk.key IN (:...keys) AND mk.entityType IN (:...types)', { keys, types: options.entityTypes })
    .groupBy('mk.key')
    .getRawMany();
  const selective = sizes.filter((s) => Number(s.size) <= DEFAULT_MAX_BLOCK_SIZE).map((s) => s.key);
  if (selective.length === 0) return [];
  const hits: { entityType: EntityType; recordId: number | string; shared: number | string }[] = await manager
    .createQueryBuilder(MatchKey, 'mk')
    .select(['mk.entityType AS entityType', 'mk.recordId AS recordId', 'COUNT(*) AS shared'])
    .where('mk.key IN (:...keys) AND mk.entityType IN (:...types)', { keys: selective, types: options.entityTypes })
    .groupBy('mk.entityType')
    .addGroupBy('mk.recordId')
    .orderBy('shared', 'DESC')
    .limit(MAX_SCORED)
    .getRawMany();
  const candidates: MatchCandidate[] = [];
  for (const entityType of options.entityTypes) {
    const ids = hits
      .filter((h) => h.entityType === entityType)
      .map((h) => Number(h.recordId))
      .filter((id) => !(entityType === probe.entityType && id === probe.recordId));
    const { records } = await loadMatchRecords(manager, entityType, ids);
    for (const record of records) {
      const { score, evidence } = compare(probeRecord, record, options.model ?? DEFAULT_MODEL);
      if (score < (options.minScore ?? 0)) continue;
      const reasons = evidence.filter((e) => e.weight > 0).sort((a, b) => b.weight - a.weight).map((e) => e.reason);
      candidates.push({ entityType, recordId: Number(record.id), score, reasons, evidence });
    }
  }
  return candidates.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 20);
}
