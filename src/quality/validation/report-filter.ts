import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { dateParameter } from '../../db/dialect';
import type { Severity } from '../../entities/enums';
import { searchColumns } from '../../db/search-columns';
import { badInput } from '../../schema/errors';
import { idOf } from '../../schema/global-id';
import type { EntityType } from '../record-fields';
import { ruleByCode } from './rule-registry';

/** What the validation report, its summary and bulk fixes can be narrowed to, as the client gives it; every field is optional. */
export interface ValidationFilterData {
  entityType?: EntityType | null;
  /** rule codes such as PHONE_INVALID: records with any of them */
  ruleCodes?: string[] | null;
  severity?: Severity | null;
  divisionId?: string | null;
  ownerId?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  search?: string | null;
}

/** A validation filter with its ids decoded and its rule codes checked. */
export interface ReportFilter {
  entityType?: EntityType;
  /** the rules asked for, already narrowed to the severity; undefined for every rule, empty when none can match */
  codes?: string[];
  severity?: Severity;
  divisionId?: number;
  ownerId?: number;
  createdAfter?: Date;
  createdBefore?: Date;
  search?: string;
}

export function resolveReportFilter(filter: ValidationFilterData | null | undefined): ReportFilter {
  const f = filter ?? {};
  const severity = f.severity ?? undefined;
  let codes: string[] | undefined;
  if (f.ruleCodes) {
    const rules = f.ruleCodes.map((code) => {
      const rule = ruleByCode(code);
      if (!rule) throw badInput(`No validation rule has the code '${code}'; validationRules lists them`, 'ruleCodes');
      return rule;
    });
    codes = [...new Set(rules.filter((rule) => !severity || rule.severity === severity).map((rule) => rule.code))];
  }
  return {
    entityType: f.entityType ?? undefined,
    codes,
    severity,
    divisionId: f.divisionId ? idOf('Division', f.divisionId, 'divisionId') : undefined,
    ownerId: f.ownerId ? idOf('User', f.ownerId, 'ownerId') : undefined,
    createdAfter: f.createdAfter ?? undefined,
    createdBefore: f.createdBefore ?? undefined,
    search: f.search?.trim() || undefined,
  };
}

/** Whether the filter (resolved or as given) needs the report entry (creation time, text) besides what findings and counts carry. */
export function narrowsByEntry(f: Pick<ValidationFilterData, 'createdAfter' | 'createdBefore' | 'search'>): boolean {
  return f.createdAfter != null || f.createdBefore != null || !!f.search?.trim();
}

/** Record type, division and owner: columns findings, entries and counts all have. */
export function whereOwnership<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  f: ReportFilter,
): void {
  if (f.entityType) query.andWhere(`${alias}.entityType = :entityType`, { entityType: f.entityType });
  if (f.divisionId !== undefined) query.andWhere(`${alias}.divisionId = :divisionId`, { divisionId: f.divisionId });
  if (f.ownerId !== undefined) query.andWhere(`${alias}.ownerId = :ownerId`, { ownerId: f.ownerId });
}

/** Rules and severity: columns findings and counts have. */
export function whereRules<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  f: ReportFilter,
): void {
  if (f.codes) {
    if (f.codes.length === 0) query.andWhere('1 = 0');
    else query.andWhere(`${alias}.code IN (:...codes)`, { codes: f.codes });
  }
  if (f.severity) query.andWhere(`${alias}.severity = :severity`, { severity: f.severity });
}

/** Creation time and free text, on a report entry. */
export function whereCreatedAndText<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  entryAlias: string,
  f: ReportFilter,
): void {
  if (f.createdAfter)
    query.andWhere(`${entryAlias}.recordCreatedAt >= :createdAfter`, { createdAfter: dateParameter(f.createdAfter) });
  if (f.createdBefore)
    query.andWhere(`${entryAlias}.recordCreatedAt < :createdBefore`, { createdBefore: dateParameter(f.createdBefore) });
  searchColumns(query, ['searchText'], f.search, entryAlias);
}
