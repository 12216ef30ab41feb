import { normaliseBirthDate } from '../normalise/birth-date-normaliser';
import { normaliseEmail } from '../normalise/email-normaliser';
import { normalisePhone } from '../normalise/phone-normaliser';
import { normalisePostalCode } from '../normalise/postal-code-normaliser';
import { normaliseRegistrationNumber } from '../normalise/registration-number-normaliser';
import { normaliseText } from '../normalise/text-normaliser';
import { normaliseWebsite } from '../normalise/website-normaliser';
import type { MatchRecord } from './match-record';

export interface SurvivorCandidate extends MatchRecord {
  /** when the record was created; among equally complete records the oldest survives */
  createdAt?: Date | string | null;
}

export interface FieldSuggestion {
  value: string;
  /** the records holding this value (in any spelling that normalises alike) */
  sourceIds: string[];
}

/** The record to keep when a cluster is merged: the most filled-in fields, then the oldest, then the lowest id. */
export function suggestSurvivor(records: readonly SurvivorCandidate[]): string {
  if (records.length === 0) throw new Error('suggestSurvivor needs at least one record');
  const ranked = [...records].sort(
    (a, b) =>
      filledFields(b).length - filledFields(a).length || createdTime(a) - createdTime(b) || a.id.localeCompare(b.id),
  );
  return ranked[0].id;
}

/**
 * A value per field for the merged record: the value most records agree on (compared normalised, so "+45 12 34 56 78"
 * and "12345678" count as one), ties going to the survivor's; the survivor's spelling is kept, else the longest.
 */
export function suggestFieldValues(records: readonly SurvivorCandidate[]): Record<string, FieldSuggestion> {
  const survivorId = suggestSurvivor(records);
  const groupsByField = new Map<string, Map<string, Holder[]>>();
  for (const record of records) {
    for (const [field, value] of filledFields(record)) {
      const groups = groupsByField.get(field) ?? new Map<string, Holder[]>();
      const key = comparableValue(field, value, fieldsOf(record).country ?? null);
      groups.set(key, [...(groups.get(key) ?? []), { id: record.id, value }]);
      groupsByField.set(field, groups);
    }
  }
  const holdsSurvivor = (group: Holder[]): number => (group.some((holder) => holder.id === survivorId) ? 1 : 0);
  const suggestions: Record<string, FieldSuggestion> = {};
  for (const [field, groups] of groupsByField) {
    const best = [...groups.values()].sort((a, b) => b.length - a.length || holdsSurvivor(b) - holdsSurvivor(a))[0];
    const chosen =
      best.find((holder) => holder.id === survivorId) ?? [...best].sort((a, b) => b.value.length - a.value.length)[0];
    suggestions[field] = { value: chosen.value, sourceIds: best.map((holder) => holder.id) };
  }
  return suggestions;
}

interface Holder {
  id: string;
  value: string;
}

const fieldsOf = (record: MatchRecord): Record<string, string | null | undefined> =>
  record.fields as unknown as Record<string, string | null | undefined>;

function filledFields(record: MatchRecord): Array<[string, string]> {
  return Object.entries(fieldsOf(record)).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
}

function createdTime(record: SurvivorCandidate): number {
  return record.createdAt == null ? Number.POSITIVE_INFINITY : new Date(record.createdAt).getTime();
}

function comparableValue(field: string, value: string, country: string | null): string {
  const normalised: Record<string, () => string | null | undefined> = {
    phone: () => normalisePhone(value, country),
    email: () => normaliseEmail(value)?.email,
    website: () => normaliseWebsite(value),
    registrationNumber: () => normaliseRegistrationNumber(value),
    postalCode: () => normalisePostalCode(value),
    birthDate: () => normaliseBirthDate(value),
  };
  return (Object.hasOwn(normalised, field) ? normalised[field]() : null) ?? normaliseText(value) ?? value;
}
