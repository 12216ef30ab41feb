import type { DataSource, EntityManager } from 'typeorm';
import { Lead, Tag } from '../entities';
import type { EntityType } from '../entities/enums';

/**
 * A lead keeps its tags in its own row (Lead.tagList), as JSON [[id, name], …] ordered by name as the tags loader
 * orders them, so a page of leads reads them without a statement or subquery of its own. Whatever writes a lead's
 * taggings refreshes the list in the same transaction; null means not known, and the tags loader reads those.
 */
const KEPT: Partial<Record<EntityType, { table: string }>> = { LEAD: { table: 'lead' } };

const CHUNK = 500;

/** The list SQL of the record `${table}.id`, or null where the database cannot order within an aggregate (MySQL). */
function listSql(dataSource: DataSource, entityType: EntityType, table: string): string | null {
  const of = `FROM tagging tg INNER JOIN tag t ON t.id = tg.tagId WHERE tg.entityType = '${entityType}' AND tg.recordId = ${table}.id`;
  switch (dataSource.options.type) {
    case 'better-sqlite3':
      return `(SELECT json_group_array(json_array(t.id, t.name) ORDER BY t.name) ${of})`;
    case 'mariadb':
      // JSON_ARRAYAGG gives NULL for no rows
      return `COALESCE((SELECT JSON_ARRAYAGG(JSON_ARRAY(t.id, t.name) ORDER BY t.name) ${of}), '[]')`;
    default:
      return null;
  }
}

/** Whether this database keeps the tag lists of records of this type (only leads, only where listSql can). */
export function keepsTagLists(dataSource: DataSource, entityType: EntityType): boolean {
  const kept = KEPT[entityType];
  return !!kept && listSql(dataSource, entityType, kept.table) !== null;
}

/** `where` limits which records; MySQL's updatedAt is kept as it was: tagging a record is no edit of it. */
async function writeLists(manager: EntityManager, entityType: EntityType, where: string, parameters: unknown[]) {
  const kept = KEPT[entityType];
  const list = kept && listSql(manager.connection, entityType, kept.table);
  if (!list) return;
  await manager.query(`UPDATE ${kept.table} SET tagList = ${list}, updatedAt = updatedAt WHERE ${where}`, parameters);
}

/** Writes the tag lists of these records again from their taggings; call it after changing any of those. */
export async function refreshTagLists(manager: EntityManager, entityType: EntityType, ids: readonly number[]) {
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    await writeLists(manager, entityType, `id IN (${chunk.map(() => '?').join(', ')})`, chunk);
  }
}

/** Fills every lead's tag list not yet known (a database from before them, rows written past the write path). */
export async function fillTagLists(manager: EntityManager): Promise<void> {
  await writeLists(manager, 'LEAD', 'tagList IS NULL', []);
}

/** Whether the oldest lead's tag list is not yet known: an SQLite file from before them (synchronize adds the column). */
export async function tagListsMissing(manager: EntityManager): Promise<boolean> {
  const oldest = await manager
    .createQueryBuilder(Lead, 'lead')
    .select('lead.tagList', 'tagList')
    .orderBy('lead.id', 'ASC')
    .limit(1)
    .getRawOne<{ tagList: string | null }>();
  return !!oldest && oldest.tagList === null;
}

/** The tags in a kept list; undefined for a list not known or not whole (MariaDB cuts JSON at group_concat_max_len). */
export function tagsOfList(value: unknown): Tag[] | undefined {
  if (value == null) return undefined;
  let pairs: unknown;
  try {
    pairs = typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    return undefined;
  }
  if (!Array.isArray(pairs)) return undefined;
  return (pairs as [number | string, string][]).map(([id, name]) => Object.assign(new Tag(), { id: Number(id), name }));
}
