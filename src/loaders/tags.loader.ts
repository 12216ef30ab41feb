import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Tag } from '../entities';
import type { EntityType } from '../entities/enums';

/** The tags of a batch of leads, relations or contacts, by name, in one query (SQL of its own: it runs on every page). */
export function tagsLoader(dataSource: DataSource, entityType: EntityType) {
  return new DataLoader<number, Tag[]>(async (recordIds) => {
    const rows: { recordId: number | string; id: number | string; name: string }[] = await dataSource.query(
      'SELECT tg.recordId AS recordId, t.id AS id, t.name AS name FROM tagging tg INNER JOIN tag t ON t.id = tg.tagId ' +
        `WHERE tg.entityType = ? AND tg.recordId IN (${recordIds.map(() => '?').join(', ')}) ORDER BY t.name`,
      [entityType, ...recordIds],
    );
    const byRecord = new Map<number, Tag[]>(recordIds.map((id) => [id, []]));
    for (const row of rows)
      byRecord.get(Number(row.recordId))?.push(Object.assign(new Tag(), { id: Number(row.id), name: row.name }));
    return recordIds.map((id) => byRecord.get(id) ?? []);
  });
}
