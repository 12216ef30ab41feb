import type { EntityManager } from 'typeorm';
import { Finding, ValidationEntry } from '../../entities';
import { byId } from '../../paging/sort-keys';
import type { Page, PageArgs } from '../../paging/page';
import { paginate } from '../../paging/pagination';
import type { EntityType } from '../record-fields';
import { recordOfKey } from './record-key';
import { narrowsByEntry, whereCreatedAndText, whereOwnership, type ReportFilter } from './report-filter';

/** A record of the validation report; the API resolves its record and findings. */
export interface ReportRow {
  entityType: EntityType;
  recordId: number;
}

function rows<T extends { id: number }>(page: Page<T>, keyOf: (node: T) => number): Page<ReportRow> {
  return {
    ...page,
    edges: page.edges.map(({ cursor, node }) => {
      const { entityType, id } = recordOfKey(keyOf(node));
      return { cursor, node: { entityType, recordId: id } };
    }),
  };
}

/** One rule: its listed findings are one per record, in record-key order, along (code, listed, [ownerId,] recordKey) indexes. */
async function rowsOfRule(
  manager: EntityManager,
  f: ReportFilter,
  code: string,
  page: PageArgs,
): Promise<Page<ReportRow>> {
  const query = manager
    .createQueryBuilder(Finding, 'f')
    .where('f.code = :code AND f.listed = :listed', { code, listed: true });
  whereOwnership(query, 'f', f);
  if (narrowsByEntry(f)) {
    query.innerJoin(ValidationEntry, 'entry', 'entry.id = f.recordKey');
    whereCreatedAndText(query, 'entry', f);
  }
  const found = await paginate(query, page, {
    expression: 'f.recordKey',
    direction: 'DESC',
    valueOf: (finding) => finding.recordKey,
  });
  return rows(found, (finding) => finding.recordKey);
}

/** Any rule, or several: the report entries, in record-key order, along their division and owner indexes. */
async function rowsOfEntries(manager: EntityManager, f: ReportFilter, page: PageArgs): Promise<Page<ReportRow>> {
  const query = manager.createQueryBuilder(ValidationEntry, 'entry');
  if (f.severity === 'ERROR') query.where('entry.errorCount > 0');
  else if (f.severity === 'WARNING') query.where('entry.warningCount > 0');
  else query.where('(entry.errorCount > 0 OR entry.warningCount > 0)');
  whereOwnership(query, 'entry', f);
  whereCreatedAndText(query, 'entry', f);
  if (f.codes?.length === 0) query.andWhere('1 = 0');
  else if (f.codes) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM ${manager.connection.getMetadata(Finding).tableName} f WHERE f.recordKey = entry.id AND f.listed = :listed AND f.code IN (:...codes))`,
      { listed: true, codes: f.codes },
    );
  }
  return rows(await paginate(query, page, byId('DESC', 'entry')), (entry) => entry.id);
}

/**
 * The validation report: every lead, relation and contact with open findings
 * that the filter lets through, highest record id (the newest) first.
 */
export function findValidationRows(manager: EntityManager, f: ReportFilter, page: PageArgs): Promise<Page<ReportRow>> {
  return f.codes?.length === 1 ? rowsOfRule(manager, f, f.codes[0], page) : rowsOfEntries(manager, f, page);
}
