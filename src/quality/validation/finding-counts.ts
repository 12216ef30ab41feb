import type { EntityManager } from 'typeorm';
import { onConflictAdd } from '../../db/dialect';
import { Finding, ValidationCount } from '../../entities';
import type { CountDelta } from './finding-sync';

const KEY = ['entityType', 'divisionId', 'ownerId', 'code'];
const COUNTED = ['records', 'findings', 'ignored'];
const COLUMNS = [...KEY, 'severity', ...COUNTED];
const CHUNK = 200;

const tableOf = (manager: EntityManager) => manager.connection.getMetadata(ValidationCount).tableName;

const keyOf = (d: CountDelta) =>
  [d.entityType, String(d.divisionId).padStart(10, '0'), String(d.ownerId).padStart(10, '0'), d.code].join('|');

/** Moves the counts by these deltas, creating the rows they need; always in key order, so concurrent writers lock count rows in one order and cannot deadlock. */
export async function addCounts(manager: EntityManager, deltas: CountDelta[]): Promise<void> {
  const ordered = [...deltas].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  for (let start = 0; start < ordered.length; start += CHUNK) {
    const chunk = ordered.slice(start, start + CHUNK);
    const rows = chunk.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ');
    const values = chunk.flatMap((d) => [
      d.entityType,
      d.divisionId,
      d.ownerId,
      d.code,
      d.severity,
      d.records,
      d.findings,
      d.ignored,
    ]);
    await manager.query(
      `INSERT INTO ${tableOf(manager)} (${COLUMNS.join(', ')}) VALUES ${rows} ${onConflictAdd(KEY, COUNTED)}`,
      values,
    );
  }
}

/** Counts every stored finding afresh: the end of a full scan, which writes findings without moving the counts. */
export async function rebuildCounts(manager: EntityManager): Promise<void> {
  const findings = manager.connection.getMetadata(Finding).tableName;
  await manager.createQueryBuilder().delete().from(ValidationCount).execute();
  await manager.query(
    `INSERT INTO ${tableOf(manager)} (${COLUMNS.join(', ')}) ` +
      'SELECT entityType, COALESCE(divisionId, 0), COALESCE(ownerId, 0), code, MIN(severity), ' +
      'SUM(CASE WHEN listed = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN ignoredAt IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN ignoredAt IS NULL THEN 0 ELSE 1 END) ' +
      `FROM ${findings} GROUP BY entityType, COALESCE(divisionId, 0), COALESCE(ownerId, 0), code`,
  );
}
