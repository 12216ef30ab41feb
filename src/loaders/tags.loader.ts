import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Tag, Tagging } from '../entities';
import type { EntityType } from '../entities/enums';

/** The tags of a batch of leads, relations or contacts, by name, in one query. */
export function tagsLoader(dataSource: DataSource, entityType: EntityType) {
  return new DataLoader<number, Tag[]>(async (recordIds) => {
    const rows: { recordId: number | string; id: number | string; name: string }[] = await dataSource
      .createQueryBuilder()
      .select(['tg.recordId AS recordId', 'tag.id AS id', 'tag.name AS name'])
      .from(Tagging, 'tg')
      .innerJoin(Tag, 'tag', 'tag.id = tg.tagId')
      .where('tg.entityType = :entityType AND tg.recordId IN (:...recordIds)', {
        entityType,
        recordIds: [...recordIds],
      })
      .orderBy('tag.name')
      .getRawMany();
    const repository = dataSource.getRepository(Tag);
    const byRecord = new Map<number, Tag[]>(recordIds.map((id) => [id, []]));
    for (const row of rows) {
      byRecord.get(Number(row.recordId))?.push(repository.create({ id: Number(row.id), name: row.name }));
    }
    return recordIds.map((id) => byRecord.get(id) ?? []);
  });
}
