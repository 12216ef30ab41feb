import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { forUpdate } from '../../db/dialect';
import { automaticColumns, deleteRow, insertRow, readRowsIn, readRowsLike, rowKey, updateRow } from '../../db/raw-rows';
import { Merge, MergeMember, Tagging } from '../../entities';
import { announceChangedLeads } from '../../live/lead-events';
import { recordsWritten } from '../records-written';
import type { Actor } from '../../schema/access';
import { conflict, notFound } from '../../schema/errors';
import { toGlobalId } from '../../schema/global-id';
import { entityTypeOf, RECORD_TYPES } from '../../entities/record-types';
import { recordOfKey } from '../validation/record-key';
import { loadChanges, type RowChange } from './change-log';
import { loggedDerivedImages, restoreDerivedImages, type DerivedImages } from './derived-images';
import { dropCreatedCounts, recordKeyOf } from './finding-images';
import { RecordSet } from './record-set';
import { planRestore, type Restore } from './row-restore';
import { refreshTagLists } from '../../tags/tag-lists';

interface Plan {
  change: RowChange;
  restore: Restore;
}

const typeNameOf = (merge: Merge) => RECORD_TYPES[merge.entityType].typeName;

/** A survivor merged into another record since can only come back once that later merge is undone. */
async function assertSurvivorLive(manager: EntityManager, merge: Merge): Promise<void> {
  const [survivor] = await readRowsIn(manager, RECORD_TYPES[merge.entityType].entity, 'id', [merge.survivorId], {
    lock: true,
  });
  const typeName = typeNameOf(merge);
  if (survivor?.status === 'MERGED') {
    throw conflict(
      `${typeName} ${toGlobalId(typeName, merge.survivorId)}, the survivor, has since been merged into ${toGlobalId(typeName, survivor.mergedIntoId as number)}: undo that merge first`,
    );
  }
}

/** How each logged row goes back, given how it is now (read and locked in a query per table and chunk). */
async function planRestores(manager: EntityManager, changes: RowChange[]): Promise<Plan[]> {
  const byEntity = new Map<string, RowChange[]>();
  for (const change of changes) byEntity.set(change.entityName, [...(byEntity.get(change.entityName) ?? []), change]);
  const plans = new Map<RowChange, Restore>();
  for (const [entityName, group] of byEntity) {
    const image = (change: RowChange) => (change.after ?? change.before)!;
    const current = await readRowsLike(manager, entityName, group.map(image), { lock: true });
    const automatic = automaticColumns(manager, entityName);
    for (const change of group)
      plans.set(
        change,
        planRestore(change, current.get(rowKey(manager, entityName, image(change))) ?? null, automatic),
      );
  }
  return changes.map((change) => ({ change, restore: plans.get(change)! }));
}

function conflictError(merge: Merge, conflicts: Plan[]) {
  const described = conflicts.map(({ change, restore }) => {
    const row = `${change.entityName} ${toGlobalId(change.entityName, (change.after ?? change.before)!.id as number)}`;
    const columns = restore.action === 'conflict' ? restore.columns : [];
    return columns.length > 0 ? `${row} changed ${columns.join(', ')}` : `${row} was deleted`;
  });
  return conflict(
    `Merge ${merge.globalId} cannot be undone: since the merge, ${described.join('; ')}; undoing it would overwrite that`,
    {
      changed: described,
    },
  );
}

/** The tags records still merged into the survivor carry: a tag this merge gave the survivor stays while one of them brings it too. */
async function tagsStillBrought(manager: EntityManager, merge: Merge): Promise<Set<number>> {
  const rows = await manager
    .createQueryBuilder(Tagging, 'tagging')
    .select('tagging.tagId', 'tagId')
    .innerJoin(RECORD_TYPES[merge.entityType].entity, 'record', 'record.id = tagging.recordId')
    .where('tagging.entityType = :entityType AND record.mergedIntoId = :survivorId AND record.status = :merged', {
      entityType: merge.entityType,
      survivorId: merge.survivorId,
      merged: 'MERGED',
    })
    .getRawMany<{ tagId: number }>();
  return new Set(rows.map((row) => Number(row.tagId)));
}

/** Writes the rows back, newest change first, so unique values (a customer number) are given up before they are taken back. */
async function applyRestores(manager: EntityManager, merge: Merge, plans: Plan[]): Promise<void> {
  let brought: Set<number> | undefined;
  for (const { change, restore } of [...plans].reverse()) {
    const entity = change.entityName;
    if (restore.action === 'write') await updateRow(manager, entity, restore.image);
    if (restore.action === 'reapply')
      await updateRow(manager, entity, restore.image, { only: restore.columns, touch: true });
    if (restore.action === 'insert') await insertRow(manager, entity, restore.image);
    if (restore.action === 'delete') {
      // records are restored by now (they were changed after the tags), so only other merges' records count
      if (
        entity === Tagging.name &&
        (brought ??= await tagsStillBrought(manager, merge)).has(restore.image.tagId as number)
      )
        continue;
      await deleteRow(manager, entity, restore.image);
    }
  }
}

/** The kept tag lists of the records whose taggings the undo wrote back (the survivor's) follow them. */
async function refreshRetagged(manager: EntityManager, merge: Merge, changes: RowChange[]): Promise<void> {
  const retagged = changes
    .filter((change) => change.entityName === Tagging.name)
    .map((change) => (change.after ?? change.before)!.recordId as number);
  await refreshTagLists(manager, merge.entityType, [...new Set(retagged)]);
}

/** The leads, relations and contacts whose derived data must be right again: every one restored, and every one that had validation rows. */
function restoredRecords(
  manager: EntityManager,
  changes: RowChange[],
  derived: { before: DerivedImages; after: DerivedImages },
): RecordSet {
  const records = new RecordSet();
  for (const change of changes.filter((c) => !c.derived)) {
    const type = entityTypeOf(manager.connection.getMetadata(change.entityName).target);
    if (type) records.add(type, [(change.after ?? change.before)!.id as number]);
  }
  for (const images of [derived.before.findings, derived.after.findings]) {
    for (const row of [...images.findings, ...images.entries]) {
      const { entityType, id } = recordOfKey(recordKeyOf(row));
      records.add(entityType, [id]);
    }
  }
  return records;
}

/**
 * Undoes a merge in the caller's transaction: every row it changed gets its
 * before-image back, and what is derived from the records is made right again.
 * CONFLICT when the merge was undone already, when the survivor has since been
 * merged, or when a row has since changed in what the merge changed.
 */
export async function undoMerge(uow: UnitOfWork<Actor>, id: number): Promise<Merge> {
  const { manager, actor } = uow;
  const mergeGlobalId = toGlobalId('Merge', id);
  const merge = await forUpdate(manager.createQueryBuilder(Merge, 'merge').where('merge.id = :id', { id })).getOne();
  if (!merge) throw notFound('Merge', mergeGlobalId);
  if (merge.undoneAt) throw conflict(`Merge ${mergeGlobalId} was undone already, at ${merge.undoneAt.toISOString()}`);
  await assertSurvivorLive(manager, merge);

  const changes = await loadChanges(manager, id);
  const plans = await planRestores(
    manager,
    changes.filter((change) => !change.derived),
  );
  const conflicts = plans.filter((plan) => plan.restore.action === 'conflict');
  if (conflicts.length > 0) throw conflictError(merge, conflicts);
  await applyRestores(manager, merge, plans);
  await refreshRetagged(manager, merge, changes);

  const derived = loggedDerivedImages(changes);
  await restoreDerivedImages(manager, derived.before, derived.after);
  for (const [type, ids] of restoredRecords(manager, changes, derived).byType()) await recordsWritten(uow, type, ids);
  await dropCreatedCounts(manager, derived.before.findings, derived.after.findings);

  await manager.update(Merge, id, { undoneAt: new Date(), undoneById: actor.id });
  if (merge.entityType === 'LEAD') {
    const members = await manager.findBy(MergeMember, { mergeId: id });
    announceChangedLeads(uow, [merge.survivorId, ...members.map((member) => member.recordId)]);
  }
  return manager.findOneByOrFail(Merge, { id });
}
