import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { bulkInsert } from '../../db/bulk-insert';
import { readRowsIn, type RowImage } from '../../db/raw-rows';
import { AlternateValue, Merge, Tagging } from '../../entities';
import type { EntityType } from '../record-fields';
import type { ChangeLog } from './change-log';
import type { KeptValue } from './field-choices';
import { RECORD_TYPES, type Link } from '../../entities/record-types';
import { refreshTagLists } from '../../tags/tag-lists';

const CHUNK = 500;

/** The rows of one link that point at the merged records, as they are before the merge. */
export interface LinkedRows {
  link: Link;
  rows: RowImage[];
}

/** Reads (and locks) every row that points at the merged records. */
export async function readLinkedRows(
  manager: EntityManager,
  entityType: EntityType,
  mergedIds: number[],
): Promise<LinkedRows[]> {
  const linked: LinkedRows[] = [];
  for (const link of RECORD_TYPES[entityType].links) {
    const and = link.typed ? { where: 'entityType = :entityType', parameters: { entityType } } : undefined;
    const rows = await readRowsIn(manager, link.entity, link.column, mergedIds, { lock: true, and });
    if (rows.length > 0) linked.push({ link, rows });
  }
  return linked;
}

/** Sets the same values on these rows through the query builder, so versions and update times move as in any write, and logs both images of each. */
export async function updateLogged(
  manager: EntityManager,
  log: ChangeLog,
  entity: EntityTarget<ObjectLiteral>,
  before: RowImage[],
  values: ObjectLiteral,
): Promise<void> {
  const ids = before.map((row) => row.id as number);
  for (let start = 0; start < ids.length; start += CHUNK) {
    await manager
      .createQueryBuilder()
      .update(entity)
      .set(values)
      .where('id IN (:...ids)', { ids: ids.slice(start, start + CHUNK) })
      .execute();
  }
  log.add(manager, entity, before, await readRowsIn(manager, entity, 'id', ids));
}

export async function moveLinkedRows(
  manager: EntityManager,
  log: ChangeLog,
  linked: LinkedRows[],
  survivorId: number,
): Promise<void> {
  for (const { link, rows } of linked)
    await updateLogged(manager, log, link.entity, rows, { [link.column]: survivorId });
}

/** The survivor gets every tag of the merged records; they keep theirs, so undoing one merge can tell the tags another merged record still brings. */
export async function unionTags(
  manager: EntityManager,
  log: ChangeLog,
  entityType: EntityType,
  survivorId: number,
  mergedIds: number[],
): Promise<void> {
  const rows = await readRowsIn(manager, Tagging, 'recordId', [survivorId, ...mergedIds], {
    lock: true,
    and: { where: 'entityType = :entityType', parameters: { entityType } },
  });
  const held = new Set(rows.filter((row) => row.recordId === survivorId).map((row) => row.tagId));
  const added = [...new Set(rows.map((row) => row.tagId as number))]
    .filter((tagId) => !held.has(tagId))
    .map((tagId) => ({ entityType, recordId: survivorId, tagId }));
  await bulkInsert(manager, Tagging, added);
  log.add(manager, Tagging, [], added);
  if (added.length > 0) await refreshTagLists(manager, entityType, [survivorId]);
}

export async function keepAlternateValues(
  manager: EntityManager,
  log: ChangeLog,
  merge: Merge,
  values: KeptValue[],
): Promise<void> {
  if (values.length === 0) return;
  const rows = values.map((value) => ({
    ...value,
    entityType: merge.entityType,
    recordId: merge.survivorId,
    mergeId: merge.id,
  }));
  await bulkInsert(manager, AlternateValue, rows);
  log.add(manager, AlternateValue, [], await readRowsIn(manager, AlternateValue, 'mergeId', [merge.id]));
}
