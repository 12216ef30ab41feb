import type { EntityManager } from 'typeorm';
import { Finding, ValidationCount, ValidationEntry } from '../../entities';
import { Severity } from '../../entities/enums';
import { narrowsByEntry, whereCreatedAndText, whereOwnership, whereRules, type ReportFilter } from './report-filter';
import { RULES } from './rule-registry';

/** The findings of one rule. */
export interface RuleSummaryData {
  code: string;
  severity: Severity;
  description: string;
  /** records with at least one open finding of the rule */
  records: number;
  /** open findings */
  findings: number;
  /** findings ignored as false alarms */
  ignored: number;
}

/** Open and ignored findings, per rule and in all. */
export interface ValidationSummaryData {
  errors: number;
  warnings: number;
  ignored: number;
  rules: RuleSummaryData[];
}

interface RuleCounts {
  code: string;
  records: number | string;
  findings: number | string;
  ignored: number | string;
}

/** From the kept counts: a handful of rows, whatever the number of records. */
function keptCounts(manager: EntityManager, f: ReportFilter): Promise<RuleCounts[]> {
  const query = manager
    .createQueryBuilder(ValidationCount, 'c')
    .select('c.code', 'code')
    .addSelect('SUM(c.records)', 'records')
    .addSelect('SUM(c.findings)', 'findings')
    .addSelect('SUM(c.ignored)', 'ignored')
    .groupBy('c.code');
  whereOwnership(query, 'c', f);
  whereRules(query, 'c', f);
  return query.getRawMany<RuleCounts>();
}

/**
 * Counted from the findings, for the filters the kept counts do not cover
 * (creation time, text): driven from the entries those pick, so a narrow time
 * range reads few findings.
 */
function countedFindings(manager: EntityManager, f: ReportFilter): Promise<RuleCounts[]> {
  const entries = manager.createQueryBuilder(ValidationEntry, 'entry').select('entry.id');
  whereCreatedAndText(entries, 'entry', f);
  const query = manager
    .createQueryBuilder(Finding, 'f')
    .select('f.code', 'code')
    .addSelect('SUM(CASE WHEN f.listed = :listed THEN 1 ELSE 0 END)', 'records')
    .addSelect('SUM(CASE WHEN f.ignoredAt IS NULL THEN 1 ELSE 0 END)', 'findings')
    .addSelect('SUM(CASE WHEN f.ignoredAt IS NULL THEN 0 ELSE 1 END)', 'ignored')
    .where(`f.recordKey IN (${entries.getQuery()})`, { ...entries.getParameters(), listed: true })
    .groupBy('f.code');
  whereOwnership(query, 'f', f);
  whereRules(query, 'f', f);
  return query.getRawMany<RuleCounts>();
}

/** Counts per rule and severity for the validation dashboards, under the same filter as the report. */
export async function summariseFindings(manager: EntityManager, f: ReportFilter): Promise<ValidationSummaryData> {
  const counted = await (narrowsByEntry(f) ? countedFindings(manager, f) : keptCounts(manager, f));
  const byCode = new Map(counted.map((row) => [row.code, row]));
  const rules: RuleSummaryData[] = RULES.filter(
    (rule) =>
      (!f.entityType || rule.entityTypes.includes(f.entityType)) &&
      (!f.codes || f.codes.includes(rule.code)) &&
      (!f.severity || rule.severity === f.severity),
  ).map((rule) => {
    const row = byCode.get(rule.code);
    return {
      code: rule.code,
      severity: rule.severity as Severity,
      description: rule.description,
      records: Number(row?.records ?? 0),
      findings: Number(row?.findings ?? 0),
      ignored: Number(row?.ignored ?? 0),
    };
  });
  const total = (severity: Severity | null, count: (rule: RuleSummaryData) => number) =>
    rules.filter((rule) => severity === null || rule.severity === severity).reduce((sum, rule) => sum + count(rule), 0);
  return {
    errors: total(Severity.ERROR, (rule) => rule.findings),
    warnings: total(Severity.WARNING, (rule) => rule.findings),
    ignored: total(null, (rule) => rule.ignored),
    rules,
  };
}
