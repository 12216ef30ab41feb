import type { FieldErrorCode } from '../../fields/field-error-code';
import type { DuplicateRow } from './import-duplicates';
import type { ImportEntity } from './import-fields';

export interface RowProblem {
  field: string;
  /** the spreadsheet column the field came from, when one did */
  column?: string;
  /** stable: the intake's codes (REQUIRED, EMAIL_INVALID, DUPLICATE …) or INVALID_VALUE for a cell the mapping could not read */
  code: FieldErrorCode;
  message: string;
}

export interface RejectedRow {
  /** as the spreadsheet numbers it: the header is row 1 */
  rowNumber: number;
  problems: RowProblem[];
}

/** What an import (or its dry run) did, row by row. */
export interface ImportReport {
  entity: ImportEntity;
  dryRun: boolean;
  rowsRead: number;
  /** records created; in a dry run, the records the import would create */
  created: number;
  /** rows not imported: each is in rejected, or in duplicates as skipped */
  skipped: number;
  /** column → field */
  columns: Record<string, string>;
  /** columns no field was found for, or whose field this entity does not keep */
  notImported: string[];
  rejected: RejectedRow[];
  /** rows the matching engine takes for an earlier row or a stored record, in row order */
  duplicates: DuplicateRow[];
}

export interface ImportProgress {
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
}

/** The report as lines for a terminal. */
export function formatReport(report: ImportReport, fileName: string): string[] {
  const skippedDuplicates = report.duplicates.filter((duplicate) => duplicate.skipped).length;
  const columns = Object.entries(report.columns).map(([column, field]) =>
    column === field ? column : `${column} → ${field}`,
  );
  const lines = [
    `${fileName}: ${report.rowsRead} rows of ${report.entity} read, ${report.created} ${report.dryRun ? 'would be created' : 'created'}, ${report.skipped} skipped` +
      (report.duplicates.length === 0
        ? '.'
        : `, ${report.duplicates.length} duplicate${report.duplicates.length === 1 ? '' : 's'} found${skippedDuplicates > 0 ? ' and skipped' : ''}.`),
    `Columns: ${columns.join(', ')}`,
  ];
  if (report.notImported.length > 0) lines.push(`Not imported: ${report.notImported.join(', ')}`);
  if (report.rejected.length > 0) lines.push('Rejected rows:');
  for (const { rowNumber, problems } of report.rejected) {
    for (const { field, column, message } of problems)
      lines.push(`  row ${rowNumber}  ${field}${column && column !== field ? ` (${column})` : ''}: ${message}`);
  }
  if (report.duplicates.length > 0)
    lines.push(
      report.duplicates.some((d) => d.skipped)
        ? 'Duplicates (skipped):'
        : 'Possible duplicates (imported; see duplicateClusters):',
    );
  for (const { rowNumber, sameAsRow, sameAsId, score, reasons } of report.duplicates) {
    lines.push(
      `  row ${rowNumber}  same as ${sameAsRow === undefined ? `record ${sameAsId}` : `row ${sameAsRow}`} (${(score * 100).toFixed(1)} %: ${reasons.join(', ')})`,
    );
  }
  if (report.dryRun) lines.push('Dry run: nothing was written.');
  return lines;
}
