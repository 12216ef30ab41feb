import type { GeneratedLead } from './lead.generator';
import type { GeneratedRelation } from './relation.generator';

type Cell = string | number | null | undefined;

/** One CSV line ending in "\n"; a value holding the delimiter, a quote, a line break or edge spaces is quoted, quotes doubled. */
export function csvLine(values: readonly Cell[], delimiter = ';'): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const text = values[i] == null ? '' : String(values[i]);
    const quote =
      text.includes(delimiter) ||
      text.includes('"') ||
      text.includes('\n') ||
      text.includes('\r') ||
      text.trim() !== text;
    line += (i ? delimiter : '') + (quote ? `"${text.replace(/"/g, '""')}"` : text);
  }
  return line + '\n';
}

/** Columns of the relation sheet: the RelationFields names, so the import maps them one-to-one. */
export const RELATION_COLUMNS = [
  'kind',
  'name',
  'registrationNumber',
  'country',
  'email',
  'phone',
  'website',
  'street',
  'postalCode',
  'city',
] as const;

/** Columns of the lead sheet: externalId, then the LeadFields names. */
export const LEAD_COLUMNS = [
  'externalId',
  'kind',
  'firstName',
  'lastName',
  'companyName',
  'registrationNumber',
  'email',
  'phone',
  'website',
  'street',
  'postalCode',
  'city',
  'country',
  'birthDate',
] as const;

/** Header line, then one line per relation; the entity key is left out (it is the answer, not input). Lines end in "\n". */
export function* relationsToCsv(rows: Iterable<GeneratedRelation>, delimiter = ';'): Generator<string> {
  yield csvLine(RELATION_COLUMNS, delimiter);
  for (const { fields } of rows)
    yield csvLine(
      RELATION_COLUMNS.map((c) => fields[c]),
      delimiter,
    );
}

/** Header line, then one line per lead. Lines end in "\n". */
export function* leadsToCsv(rows: Iterable<GeneratedLead>, delimiter = ';'): Generator<string> {
  yield csvLine(LEAD_COLUMNS, delimiter);
  for (const lead of rows)
    yield csvLine(
      LEAD_COLUMNS.map((c) => lead[c]),
      delimiter,
    );
}
