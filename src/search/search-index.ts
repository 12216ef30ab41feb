import { In, type EntityManager } from 'typeorm';
import { bulkInsert } from '../db/bulk-insert';
import { oldestRowLacks } from '../db/oldest-row';
import { Relation } from '../entities';
import { ENTITY_TYPES, RECORD_TYPES } from '../entities/record-types';
import { SearchToken } from '../entities/search-token.entity';
import type { EntityType } from '../entities/enums';
import { searchTextOf, tokensOf, type SearchSource } from './search-text';

const CHUNK = 500;

type SourceRow = SearchSource & { id: number; searchText: string | null };

/** The searched columns of records, their country (a contact's: its relation's) and their stored search text. */
function sourceQuery(manager: EntityManager, entityType: EntityType) {
  const { entity, searched } = RECORD_TYPES[entityType];
  const { text, codes } = searched;
  const query = manager
    .createQueryBuilder(entity as typeof Relation, 'r')
    .select('r.id', 'id')
    .addSelect('r.searchText', 'searchText')
    .addSelect('r.phone', 'phone');
  for (const column of [...text, ...codes]) query.addSelect(`r.${column}`, column);
  if (entityType === 'CONTACT')
    query.leftJoin(Relation, 'relation', 'relation.id = r.relationId').addSelect('relation.country', 'country');
  else query.addSelect('r.country', 'country');
  return query;
}

/**
 * Stores the search text of these rows where it changed (MySQL's updatedAt kept as it was) and writes their tokens
 * again: an undone merge puts a record's former text back, and with it tokens it no longer has.
 */
async function writeSearchText(manager: EntityManager, entityType: EntityType, rows: SourceRow[], created: boolean) {
  if (rows.length === 0) return;
  const texts = rows.map((row) => ({
    id: Number(row.id),
    text: searchTextOf(entityType, row),
    before: row.searchText,
  }));
  const changed = texts.filter((row) => row.text !== row.before);
  const { driver } = manager.connection;
  const table = driver.escape(manager.connection.getMetadata(RECORD_TYPES[entityType].entity).tableName);
  for (let start = 0; start < changed.length; start += CHUNK) {
    const chunk = changed.slice(start, start + CHUNK);
    await manager.query(
      `UPDATE ${table} SET searchText = CASE id ${chunk.map(() => 'WHEN ? THEN ?').join(' ')} END, updatedAt = updatedAt WHERE id IN (${chunk.map(() => '?').join(', ')})`,
      [...chunk.flatMap((row) => [row.id, row.text]), ...chunk.map((row) => row.id)],
    );
  }
  // new records have no tokens to delete, and the DELETE would gap-lock the index's end on MySQL (see refreshMatchKeys)
  if (!created) await manager.delete(SearchToken, { entityType, recordId: In(texts.map((row) => row.id)) });
  await bulkInsert(
    manager,
    SearchToken,
    texts.flatMap((row) => tokensOf(row.text).map((token) => ({ entityType, recordId: row.id, token }))),
  );
}

/**
 * Keeps the search text and tokens of the records with these ids current; called by recordsWritten in the
 * transaction that wrote them.
 */
export async function refreshSearchIndex(
  manager: EntityManager,
  entityType: EntityType,
  ids: number[],
  created = false,
): Promise<void> {
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = await sourceQuery(manager, entityType)
      .where('r.id IN (:...ids)', { ids: ids.slice(start, start + CHUNK) })
      .getRawMany<SourceRow>();
    await writeSearchText(manager, entityType, rows, created);
  }
}

/**
 * Computes the search text and tokens of every record that has none yet (stored before search had them), in
 * chunks of ids, in the caller's transaction: SQLite at start-up, the MySQL migration. Returns how many it indexed.
 */
export async function fillSearchIndex(
  manager: EntityManager,
  onProgress?: (entityType: EntityType, done: number) => void,
): Promise<number> {
  let total = 0;
  for (const entityType of ENTITY_TYPES) {
    let after = 0;
    for (;;) {
      const rows = await sourceQuery(manager, entityType)
        .where('r.searchText IS NULL AND r.id > :after', { after })
        .orderBy('r.id', 'ASC')
        .limit(CHUNK * 4)
        .getRawMany<SourceRow>();
      if (rows.length === 0) break;
      await writeSearchText(manager, entityType, rows, true);
      after = Number(rows[rows.length - 1].id);
      total += rows.length;
      onProgress?.(entityType, total);
    }
  }
  return total;
}

/**
 * Whether records stored before search text existed are waiting for fillSearchIndex. Every record written since has
 * its text, and the fill runs in one transaction, so the oldest record of each type tells without a scan.
 */
export async function searchIndexMissing(manager: EntityManager): Promise<boolean> {
  for (const { entity } of Object.values(RECORD_TYPES))
    if (await oldestRowLacks(manager, entity, 'searchText')) return true;
  return false;
}
