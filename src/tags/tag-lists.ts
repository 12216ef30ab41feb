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

/** Each database's aggregate of the tags `t` into one list ordered by name (MySQL's JSON_ARRAYAGG cannot order). */
const AGGREGATES: Partial<Record<string, string>> = {
  'better-sqlite3': 'json_group_array(json_array(t.id, t.name) ORDER BY t.name)',
  mariadb: 'JSON_ARRAYAGG(JSON_ARRAY(t.id, t.name) ORDER BY t.name)',
};

/** The list SQL over the tags `t` that `from` (a FROM clause) gives; call it only where keptIn found a table. */
function listOver(dataSource: DataSource, from: string): string {
  const aggregate = AGGREGATES[dataSource.options.type]!;
  return `(SELECT CASE WHEN COUNT(*) = 0 THEN '[]' WHEN COUNT(*) <= ${MAX_KEPT_TAGS} THEN ${aggregate} END ${from})`;
}

/** The table keeping the lists of records of this type, where this database keeps them (only leads; not MySQL). */
function keptIn(dataSource: DataSource, entityType: EntityType): string | null {
  const entity = KEPT[entityType];
  if (!entity || !AGGREGATES[dataSource.options.type]) return null;
  return dataSource.driver.escape(dataSource.getMetadata(entity).tableName);
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
  const list = listOver(
    manager.connection,
    `FROM tagging tg INNER JOIN tag t ON t.id = tg.tagId WHERE tg.entityType = '${entityType}' AND tg.recordId = ${table}.id`,
  );
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
 * The lists records about to be created with these tags are stored with, built by the database from the tags alone
 * (one statement per distinct set), without reading any taggings: a refresh would lock the end of the tagging index
 * on MySQL, where concurrent intakes write theirs. Undefined where no list is kept.
 */
export async function newTagLists(
  manager: EntityManager,
  entityType: EntityType,
  tagSets: readonly (readonly Tag[])[],
): Promise<(string | null)[] | undefined> {
  if (!keepsTagLists(manager.connection, entityType)) return undefined;
  const lists = new Map<string, string | null>([['', '[]']]);
  const keyOf = (tags: readonly Tag[]) =>
    tags
      .map((tag) => tag.id)
      .sort((a, b) => a - b)
      .join(',');
  for (const tags of tagSets) {
    const key = keyOf(tags);
    if (lists.has(key)) continue;
    const list = listOver(manager.connection, `FROM tag t WHERE t.id IN (${tags.map(() => '?').join(', ')})`);
    const [row]: { list: string | null }[] = await manager.query(
      `SELECT ${list} AS list`,
      tags.map((tag) => tag.id),
    );
    lists.set(key, row.list);
  }
  return tagSets.map((tags) => lists.get(keyOf(tags))!);
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
