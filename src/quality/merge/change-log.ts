import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { bulkInsert } from '../../db/bulk-insert';
import { rowKey, type RowImage } from '../../db/raw-rows';
import { MergeChange } from '../../entities';

/** A row a merge changed: before null, the merge inserted it; after null, it deleted it. */
export interface RowChange {
  entityName: string;
  /** a validation row, derived from the records (see finding-images.ts) */
  derived: boolean;
  before: RowImage | null;
  after: RowImage | null;
}

/** The rows a merge changes, in the order it changes them; the undo writes them back in reverse. */
export class ChangeLog {
  readonly changes: RowChange[] = [];

  /** Pairs the images of the same rows by primary key: a row only before was deleted, one only after inserted. */
  add(
    manager: EntityManager,
    entity: EntityTarget<ObjectLiteral>,
    before: RowImage[],
    after: RowImage[],
    derived = false,
  ): void {
    const entityName = manager.connection.getMetadata(entity).name;
    const afterByKey = new Map(after.map((row) => [rowKey(manager, entity, row), row]));
    for (const row of before) {
      const key = rowKey(manager, entity, row);
      this.changes.push({ entityName, derived, before: row, after: afterByKey.get(key) ?? null });
      afterByKey.delete(key);
    }
    for (const row of afterByKey.values()) this.changes.push({ entityName, derived, before: null, after: row });
  }

  async save(manager: EntityManager, mergeId: number): Promise<void> {
    const rows = this.changes.map((change) => ({
      mergeId,
      entityName: change.entityName,
      derived: change.derived,
      beforeImage: change.before && JSON.stringify(change.before),
      afterImage: change.after && JSON.stringify(change.after),
    }));
    await bulkInsert(manager, MergeChange, rows);
  }
}

/** A merge's changes, in the order it made them. */
export async function loadChanges(manager: EntityManager, mergeId: number): Promise<RowChange[]> {
  const rows = await manager.find(MergeChange, { where: { mergeId }, order: { id: 'ASC' } });
  const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as RowImage));
  return rows.map((row) => ({
    entityName: row.entityName,
    derived: row.derived,
    before: parse(row.beforeImage),
    after: parse(row.afterImage),
  }));
}
