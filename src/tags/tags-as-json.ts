import type { DataSource } from 'typeorm';
import { Tag } from '../entities';
import type { EntityType } from '../entities/enums';

const FROM_TAGGINGS =
  'FROM tagging tg INNER JOIN tag t ON t.id = tg.tagId WHERE tg.entityType = :tagsEntityType AND tg.recordId = ';

/**
 * SQL for the tags of the record whose id `recordId` names, as one JSON array of [id, name] ordered by name as the
 * tags loader orders them, read in the record's own row (the :tagsEntityType parameter names its type). Null where
 * the database cannot order within an aggregate (MySQL's JSON_ARRAYAGG takes no ORDER BY; MariaDB's and SQLite's do).
 */
export function tagsAsJson(dataSource: DataSource, recordId: string): string | null {
  switch (dataSource.options.type) {
    case 'better-sqlite3':
      return `(SELECT json_group_array(json_array(t.id, t.name) ORDER BY t.name) ${FROM_TAGGINGS}${recordId})`;
    case 'mariadb':
      return `(SELECT JSON_ARRAYAGG(JSON_ARRAY(t.id, t.name) ORDER BY t.name) ${FROM_TAGGINGS}${recordId})`;
    default:
      return null;
  }
}

/** The parameter tagsAsJson's SQL needs. */
export const tagsAsJsonParameters = (entityType: EntityType) => ({ tagsEntityType: entityType });

/**
 * The tags in one value tagsAsJson's SQL gave (MariaDB gives NULL for none); undefined for a value that is no JSON
 * array, as MariaDB cuts JSON_ARRAYAGG at group_concat_max_len: the tags loader reads those.
 */
export function tagsOfJson(value: unknown): Tag[] | undefined {
  if (value == null) return [];
  let pairs: unknown;
  try {
    pairs = typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    return undefined;
  }
  if (!Array.isArray(pairs)) return undefined;
  return (pairs as [number | string, string][]).map(([id, name]) => Object.assign(new Tag(), { id: Number(id), name }));
}
