import { LRUCache } from 'lru-cache';
import type { NormalisedRecord } from '../normalise/normalised-record';
import { normaliseRecord, type RecordFields } from '../normalise/record-normaliser';
import type { EntityType } from '../record-fields';

/** The fields normalising reads: records with the same values of these normalise the same. */
const READ_FIELDS = [
  'kind',
  'name',
  'firstName',
  'lastName',
  'companyName',
  'email',
  'phone',
  'website',
  'registrationNumber',
  'street',
  'postalCode',
  'city',
  'country',
  'birthDate',
  'relationId',
] as const;

/**
 * Normalising a record costs tens of microseconds (phone and e-mail parsing), and the write path meets the same
 * stored records again and again, as other records' candidates. The results are kept by the values they came from,
 * so they are never stale; a full scan, which meets each record once, normalises without them.
 */
const byValues = new LRUCache<string, NormalisedRecord>({ max: 100_000 });

export function normaliseRemembered(entityType: EntityType, fields: RecordFields): NormalisedRecord {
  const all = fields as Partial<Record<(typeof READ_FIELDS)[number], string | null>>;
  const values = [entityType, ...READ_FIELDS.map((field) => all[field] ?? '')].join('\u0001');
  let normalised = byValues.get(values);
  if (normalised === undefined) byValues.set(values, (normalised = Object.freeze(normaliseRecord(entityType, fields))));
  return normalised;
}
