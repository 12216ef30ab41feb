import type { DataSource, EntityManager } from 'typeorm';
import { Lead, Tag } from '../entities';
import type { EntityType } from '../entities/enums';

/**
 * A lead keeps its tags in its own row (Lead.tagList), as JSON [[id, name], …] ordered by name as the tags loader
 * orders them, so a page of leads reads them without a statement or subquery of its own. Whatever writes a lead's
 * taggings keeps the list in the same transaction; null means not known (more than MAX_KEPT_TAGS tags, rows written
 * past the write path, MySQL), and the tags loader reads those.
 */
const KEPT: Partial<Record<EntityType, typeof Lead>> = { LEAD: Lead };

export const MAX_KEPT_TAGS = 500;
const CHUNK = 500;

/**
 * The list SQL over the tags `t` that `from` (a FROM clause) gives, or null where the database cannot order within an
 * aggregate (MySQL).
 */
function listOver(dataSource: DataSource, from: string): string | null {
  const list = (aggregate: string) =>
    `(SELECT CASE WHEN COUNT(*) = 0 THEN '[]' WHEN COUNT(*) <= ${MAX_KEPT_TAGS} THEN ${aggregate} END ${from})`;
  switch (dataSource.options.type) {
    case 'better-sqlite3':
      return list('json_group_array(json_array(t.id, t.name) ORDER BY t.name)');
    case 'mariadb':
      return list('JSON_ARRAYAGG(JSON_ARRAY(t.id, t.name) ORDER BY t.name)');
    default:
      return null;
  }
}

/** The list SQL of the record `${table}.id`, from its taggings. */
const listSql = (dataSource: DataSource, entityType: EntityType, table: string) =>
  listOver(
    dataSource,
    `FROM tagging tg INNER JOIN tag t ON t.id = tg.tagId WHERE tg.entityType = '${entityType}' AND tg.recordId = ${table}.id`,
  );

/** The table keeping the lists of records of this type, where this database keeps them (only leads; not MySQL). */
function keptIn(dataSource: DataSource, entityType: EntityType): string | null {
  const entity = KEPT[entityType];
  if (!entity) return null;
  const table = dataSource.driver.escape(dataSource.getMetadata(entity).tableName);
  return listSql(dataSource, entityType, table) === null ? null : table;
}

export function keepsTagLists(dataSource: DataSource, entityType: EntityType): boolean {
  return keptIn(dataSource, entityType) !== null;
}

/**
 * MySQL: locks the rows whose lists are about to change, before their taggings do, so that taggers of one record
 * take turns instead of each waiting in its refresh for the tagging the other wrote (SQLite's transactions take
 * turns anyway).
 */
export async function holdTagLists(manager: EntityManager, entityType: EntityType, ids: readonly number[]) {
  const table = keptIn(manager.connection, entityType);
  if (!table || manager.connection.options.type === 'better-sqlite3' || ids.length === 0) return;
  await manager.query(`SELECT id FROM ${table} WHERE id IN (${ids.map(() => '?').join(', ')}) FOR UPDATE`, [...ids]);
}

/** `where` limits which records; MySQL's updatedAt is kept as it was: tagging a record is no edit of it. */
async function writeLists(manager: EntityManager, entityType: EntityType, where: string, parameters: unknown[]) {
  const table = keptIn(manager.connection, entityType);
  if (!table) return;
  const list = listSql(manager.connection, entityType, table)!;
  await manager.query(`UPDATE ${table} SET tagList = ${list}, updatedAt = updatedAt WHERE ${where}`, parameters);
}

/**
 * Writes the tag lists of these stored records again from their taggings; call it after changing any of those. On
 * MySQL the taggings are read as committed (and locked) by now, whatever the transaction read before.
 */
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

/**
 * The list a record about to be created with these tags is stored with, built by the database from the tags alone,
 * without reading any taggings (a refresh would lock the end of the tagging index on MySQL, where concurrent intakes
 * write theirs); undefined where no list is kept.
 */
export async function newTagList(
  manager: EntityManager,
  entityType: EntityType,
  tags: readonly Tag[],
): Promise<string | null | undefined> {
  if (!keepsTagLists(manager.connection, entityType)) return undefined;
  if (tags.length === 0) return '[]';
  const list = listOver(manager.connection, `FROM tag t WHERE t.id IN (${tags.map(() => '?').join(', ')})`);
  const [row]: { list: string | null }[] = await manager.query(
    `SELECT ${list} AS list`,
    tags.map((tag) => tag.id),
  );
  return row.list;
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

const isPair = (item: unknown): item is [number | string, string] =>
  Array.isArray(item) && item.length === 2 && typeof item[1] === 'string';

/** The tags in a kept list; undefined for a list not known or not whole (MariaDB cuts JSON at group_concat_max_len). */
export function tagsOfList(value: unknown): Tag[] | undefined {
  if (typeof value !== 'string') return undefined;
  let pairs: unknown;
  try {
    pairs = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!Array.isArray(pairs) || !pairs.every(isPair)) return undefined;
  return pairs.map(([id, name]) => Object.assign(new Tag(), { id: Number(id), name }));
}
