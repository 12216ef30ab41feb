import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { onConflictAdd } from '../../db/dialect';
import { ValidationCount, ValidationEntry, ValidationRecordCount } from '../../entities';
import type { Severity } from '../../entities/enums';
import type { RecordCountDelta } from './finding-sync';
import { whereOwnership, type ReportFilter } from './report-filter';

const KEY = ['entityType', 'divisionId', 'ownerId'];
const COUNTED = ['records', 'errorRecords', 'warningRecords'];
const CHUNK = 200;

const tableOf = (manager: EntityManager) => manager.connection.getMetadata(ValidationRecordCount).tableName;

/**
 * Moves the report's record counts by these deltas (in key order: see addCounts), creating the rows they need and
 * deleting those that come to count nothing, so that the rows are the same however the counts got there.
 */
export async function addRecordCounts(manager: EntityManager, deltas: RecordCountDelta[]): Promise<void> {
  const table = tableOf(manager);
  for (let start = 0; start < deltas.length; start += CHUNK) {
    const chunk = deltas.slice(start, start + CHUNK);
    await manager.query(
      `INSERT INTO ${table} (${[...KEY, ...COUNTED].join(', ')}) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')} ${onConflictAdd(KEY, COUNTED)}`,
      chunk.flatMap((d) => [d.entityType, d.divisionId, d.ownerId, d.records, d.errorRecords, d.warningRecords]),
    );
    const shrunk = chunk.filter((d) => d.records < 0);
    if (shrunk.length > 0)
      await manager.query(
        `DELETE FROM ${table} WHERE records = 0 AND (${shrunk.map(() => '(entityType = ? AND divisionId = ? AND ownerId = ?)').join(' OR ')})`,
        shrunk.flatMap((d) => [d.entityType, d.divisionId, d.ownerId]),
      );
  }
}

/** Counts the report's records afresh from its entries: the end of a full scan, which writes entries without moving the counts. */
export async function rebuildRecordCounts(manager: EntityManager): Promise<void> {
  const entries = manager.connection.getMetadata(ValidationEntry).tableName;
  const open = 'CASE WHEN errorCount > 0 OR warningCount > 0 THEN 1 ELSE 0 END';
  await manager.createQueryBuilder().delete().from(ValidationRecordCount).execute();
  await manager.query(
    `INSERT INTO ${tableOf(manager)} (${[...KEY, ...COUNTED].join(', ')}) ` +
      `SELECT entityType, COALESCE(divisionId, 0), COALESCE(ownerId, 0), SUM(${open}), ` +
      'SUM(CASE WHEN errorCount > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN warningCount > 0 THEN 1 ELSE 0 END) ' +
      `FROM ${entries} GROUP BY entityType, COALESCE(divisionId, 0), COALESCE(ownerId, 0) HAVING SUM(${open}) > 0`,
  );
}

/** A SUM over count rows, 0 when none matches. */
async function sumOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<number> {
  return Number((await query.getRawOne<{ n: number | string | null }>())?.n ?? 0);
}

/** The report's records under a type, division and owner filter (and severity), from the kept record counts: a handful of rows. */
export function countReportRecords(
  manager: EntityManager,
  f: ReportFilter,
  severity: Severity | undefined,
): Promise<number> {
  const column = severity === 'ERROR' ? 'errorRecords' : severity === 'WARNING' ? 'warningRecords' : 'records';
  const query = manager.createQueryBuilder(ValidationRecordCount, 'c').select(`SUM(c.${column})`, 'n');
  whereOwnership(query, 'c', f);
  return sumOf(query);
}

/** The records the report lists under one rule, from the kept counts of findings (validation_count.records). */
export function countRuleRecords(manager: EntityManager, f: ReportFilter, code: string): Promise<number> {
  const query = manager
    .createQueryBuilder(ValidationCount, 'c')
    .select('SUM(c.records)', 'n')
    .where('c.code = :code', { code });
  whereOwnership(query, 'c', f);
  return sumOf(query);
}
