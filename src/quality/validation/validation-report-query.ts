import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { JoinedRecords } from '../../db/plain-rows';
import { Finding, ValidationEntry } from '../../entities';
import { RECORD_TYPES } from '../../entities/record-types';
import { byId } from '../../paging/sort-keys';
import type { Page, PageArgs } from '../../paging/page';
import { mapNodes, paginate } from '../../paging/pagination';
import type { EntityType } from '../record-fields';
import { recordOfKey } from './record-key';
import { countReportRecords, countRuleRecords } from './record-counts';
import { narrowsByEntry, whereCreatedAndText, whereOwnership, type ReportFilter } from './report-filter';
import { shaped } from '../../db/query-shape';

/** A record of the validation report; the API resolves its record and findings. */
export interface ReportRow {
  entityType: EntityType;
  recordId: number;
  /** the record, read with the page in part (only the columns asked for): for this row's record field only */
  record?: ObjectLiteral;
}

/** The columns of each record type a page reads of its rows' records (undefined: every column); none: no records. */
export type RecordColumns = { readonly [T in EntityType]?: readonly string[] };

/** Each entry's record, joined by its type (the entry's recordId is the id of a lead, a relation or a contact). */
const recordJoins = (columns: RecordColumns) =>
  Object.fromEntries(
    Object.entries(columns).map(([type, properties]) => [
      type,
      {
        entity: RECORD_TYPES[type as EntityType].entity,
        foreignKey: 'recordId',
        only: { property: 'entityType', value: type },
        properties,
      },
    ]),
  );

function rows<T extends { id: number }>(
  page: Page<T> & { joined?: JoinedRecords },
  keyOf: (node: T) => number,
): Page<ReportRow> {
  const { joined, ...rest } = page;
  return {
    ...rest,
    edges: mapNodes(page.edges, (node) => {
      const { entityType, id } = recordOfKey(keyOf(node));
      return { entityType, recordId: id, record: joined?.[entityType]?.get(id) };
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
  const query = shaped(manager.createQueryBuilder(Finding, 'f')).where('f.code = :code AND f.listed = :listed', {
    code,
    listed: true,
  });
  whereOwnership(query, 'f', f);
  if (narrowsByEntry(f)) {
    query.innerJoin(ValidationEntry, 'entry', 'entry.id = f.recordKey');
    whereCreatedAndText(query, 'entry', f);
  }
  const found = await paginate(
    query,
    page,
    { expression: 'f.recordKey', direction: 'DESC', valueOf: (finding) => finding.recordKey, property: 'recordKey' },
    ['recordKey'],
  );
  const report = rows(found, (finding) => finding.recordKey);
  // without creation time or text, the kept counts have the total
  return narrowsByEntry(f) ? report : { ...report, totalCount: () => countRuleRecords(manager, f, code) };
}

/** Any rule, or several: the report entries, in record-key order, along their division and owner indexes. */
async function rowsOfEntries(
  manager: EntityManager,
  f: ReportFilter,
  page: PageArgs,
  recordColumns: RecordColumns,
): Promise<Page<ReportRow>> {
  const query = shaped(manager.createQueryBuilder(ValidationEntry, 'entry'));
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
  const found = await paginate(
    query,
    page,
    byId('DESC', 'entry'),
    ['entityType', 'recordId'],
    recordJoins(recordColumns),
  );
  const report = rows(found, (entry) => entry.id);
  // without rules, creation time or text, the kept counts have the total
  return f.codes || narrowsByEntry(f)
    ? report
    : { ...report, totalCount: () => countReportRecords(manager, f, f.severity) };
}

/**
 * The validation report: every lead, relation and contact with open findings
 * that the filter lets through, highest record id (the newest) first. A page
 * of any rule or several holds the columns `recordColumns` names of its rows'
 * records (ReportRow.record).
 */
export function findValidationRows(
  manager: EntityManager,
  f: ReportFilter,
  page: PageArgs,
  recordColumns: RecordColumns = {},
): Promise<Page<ReportRow>> {
  return f.codes?.length === 1
    ? rowsOfRule(manager, f, f.codes[0], page)
    : rowsOfEntries(manager, f, page, recordColumns);
}
