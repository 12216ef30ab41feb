import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { openClustersHolding } from '../../quality/duplicates/cluster-store';
import { findCandidateIndexPairs } from '../../quality/matching/candidate-finder';
import { findMatchesOfMany } from '../../quality/matching/find-matches';
import { reasonsOf, scoreIfReaching } from '../../quality/matching/match-scorer';
import type { MatchModel } from '../../quality/matching/match-model';
import { normaliseRemembered } from '../../quality/matching/remembered-normalisation';
import type { RecordFields } from '../../quality/normalise/record-normaliser';
import type { EntityType } from '../../quality/record-fields';
import { toGlobalId } from '../../schema/global-id';

/** A row the matching engine takes for a record that is already there: an earlier row of the file, or a stored record. */
export interface DuplicateRow {
  rowNumber: number;
  /** the earlier row of this file it repeats */
  sameAsRow?: number;
  /** the global id of the stored record it repeats, when that is not a row of this file */
  sameAsId?: string;
  /** the match probability, 0..1 */
  score: number;
  /** what agrees and what differs, as the duplicates report names it (EMAIL_EXACT, NAME_SIMILAR …) */
  reasons: string[];
  /** not created (--skip-duplicates) */
  skipped: boolean;
}

/** What the import knows of its own rows while it runs: which created record came from which row. */
export interface ImportedRecords {
  entityType: EntityType;
  /** the GraphQL type of the records, for their global ids */
  typeName: string;
  rowOf: Map<number, number>;
}

function better(found: Map<number, DuplicateRow>, row: DuplicateRow): void {
  const known = found.get(row.rowNumber);
  if (!known || row.score > known.score) found.set(row.rowNumber, row);
}

function sameAs(imported: ImportedRecords, recordId: number): Pick<DuplicateRow, 'sameAsRow' | 'sameAsId'> {
  const row = imported.rowOf.get(recordId);
  return row === undefined ? { sameAsId: toGlobalId(imported.typeName, recordId) } : { sameAsRow: row };
}

/**
 * The duplicates among rows just created, as the write path's cluster refresh linked them: a row linked to a stored
 * record, or to an earlier row of the file, repeats it. Pairs a steward dismissed are not linked, so not reported.
 */
export async function createdDuplicates(
  manager: EntityManager,
  imported: ImportedRecords,
  createdIds: number[],
): Promise<DuplicateRow[]> {
  const created = new Set(createdIds);
  const found = new Map<number, DuplicateRow>();
  for (const { links } of await openClustersHolding(manager, imported.entityType, createdIds)) {
    for (const { aId, bId, score, evidence } of links) {
      // a stored record is earlier than every row
      const [laterId, earlierId] =
        (imported.rowOf.get(aId) ?? 0) > (imported.rowOf.get(bId) ?? 0) ? [aId, bId] : [bId, aId];
      if (!created.has(laterId)) continue;
      better(found, {
        rowNumber: imported.rowOf.get(laterId)!,
        ...sameAs(imported, earlierId),
        score,
        reasons: reasonsOf(evidence),
        skipped: false,
      });
    }
  }
  return [...found.values()];
}

/**
 * The duplicates among rows about to be created (for --skip-duplicates): each row is matched against the stored
 * records, this import's earlier rows among them, and against the rows before it in its batch.
 */
export async function duplicatesBeforeCreating(
  uow: UnitOfWork,
  imported: ImportedRecords,
  model: MatchModel,
  rows: { rowNumber: number; fields: RecordFields }[],
): Promise<DuplicateRow[]> {
  const { entityType } = imported;
  const found = new Map<number, DuplicateRow>();
  const stored = await findMatchesOfMany(
    uow.manager,
    rows.map(({ fields }) => ({ entityType, fields })),
    { entityTypes: [entityType], minScore: model.threshold, limit: 1, model, written: uow.writtenRecords },
  );
  stored.forEach(
    ([best], n) =>
      best &&
      better(found, {
        rowNumber: rows[n].rowNumber,
        ...sameAs(imported, best.recordId),
        score: best.score,
        reasons: best.reasons,
        skipped: true,
      }),
  );
  // findMatchesOfMany normalised the same fields: remembered, not done again
  const normalised = rows.map(({ fields }) => normaliseRemembered(entityType, fields));
  for (const [i, j] of findCandidateIndexPairs(normalised)) {
    const match = scoreIfReaching(normalised[i], normalised[j], model, model.threshold);
    if (match)
      better(found, {
        rowNumber: rows[j].rowNumber,
        sameAsRow: rows[i].rowNumber,
        score: match.score,
        reasons: reasonsOf(match.evidence),
        skipped: true,
      });
  }
  return [...found.values()];
}
