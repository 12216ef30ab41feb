import { countryCode } from './country-codes';
import { maxLength, type ImportEntity } from './import-fields';
import { LEAD_KINDS, parseKind, RELATION_KINDS } from './kind-values';
import { splitFullName } from './person-name';
import type { SheetRow } from './sheet';

export interface RowError {
  rowNumber: number;
  field: string;
  message: string;
}

export interface MappedRow {
  rowNumber: number;
  /** Field values that passed; a value with an error is left out. tags is a list, the rest text. */
  values: Record<string, string | string[]>;
  errors: RowError[];
}

type Values = MappedRow['values'];

// A registration number in a contact's relation column: digits with separators, maybe a country prefix.
const REGISTRATION_NUMBER = /^([a-z]{2}[\s-]?)?\d[\d\s.-]{4,}\d$/i;

/** Turns a sheet row into the entity's field values, with the errors that need no database. */
export function mapRow(entity: ImportEntity, row: SheetRow, mapping: Map<string, string>): MappedRow {
  const errors: RowError[] = [];
  const fail = (field: string, message: string): void => {
    errors.push({ rowNumber: row.rowNumber, field, message });
  };

  const values: Values = {};
  for (const [header, field] of mapping) {
    const text = row.cells[header]?.trim();
    if (text) values[field] = text;
  }
  splitTags(values);
  if (typeof values.country === 'string') values.country = countryCode(values.country);
  joinHouseNumber(values);
  if (entity !== 'relations') splitName(values);
  if (entity === 'contacts') splitRelation(values);
  if (entity === 'leads') setKind(values, LEAD_KINDS, values.companyName ? 'BUSINESS' : 'PRIVATE', fail);
  if (entity === 'relations') setKind(values, RELATION_KINDS, 'COMPANY', fail);

  for (const [field, value] of Object.entries(values)) {
    const limit = maxLength(field);
    const tooLong = [value].flat().find((text) => text.length > limit);
    if (tooLong !== undefined) {
      fail(field, `${tooLong.length} characters is too long; at most ${limit} are allowed`);
      delete values[field];
    }
  }
  return { rowNumber: row.rowNumber, values, errors };
}

function take(values: Values, field: string): string | undefined {
  const value = values[field];
  delete values[field];
  return typeof value === 'string' ? value : undefined;
}

function splitTags(values: Values): void {
  const tags = take(values, 'tags')
    ?.split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags?.length) values.tags = [...new Set(tags)];
}

function joinHouseNumber(values: Values): void {
  const houseNumber = take(values, 'houseNumber');
  if (houseNumber) values.street = values.street ? `${values.street} ${houseNumber}` : houseNumber;
}

/** A full-name column fills whichever of first and last name the row lacks. */
function splitName(values: Values): void {
  const name = take(values, 'name');
  if (!name) return;
  const { firstName, lastName } = splitFullName(name);
  if (firstName) values.firstName ??= firstName;
  if (lastName) values.lastName ??= lastName;
}

function splitRelation(values: Values): void {
  const relation = take(values, 'relation');
  if (!relation) return;
  if (REGISTRATION_NUMBER.test(relation)) values.relationRegistrationNumber ??= relation;
  else values.relationName ??= relation;
}

function setKind<K extends string>(
  values: Values,
  kinds: Record<'organisation' | 'person', K>,
  fallback: K,
  fail: (field: string, message: string) => void,
): void {
  const text = take(values, 'kind');
  const kind = text === undefined ? fallback : parseKind(kinds, text);
  if (kind !== undefined) values.kind = kind;
  else fail('kind', `unknown kind '${text}'; use ${Object.values(kinds).join(' or ')}`);
}
