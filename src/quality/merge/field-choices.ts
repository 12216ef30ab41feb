import type { RowImage } from '../../db/raw-rows';
import type { MergedFieldValue } from '../../entities/merge.entity';
import { cleanInput } from '../../fields/field-check';
import { normaliseFieldValue } from '../normalise/field-value-normaliser';
import { toGlobalId } from '../../schema/global-id';
import type { MergeField } from './merge-fields';
import type { FieldChoice } from './merge-request';

/** A value the survivor does not take, kept as its alternate value. */
export interface KeptValue {
  field: string;
  value: string;
  fromRecordId: number;
}

export interface FieldOutcome {
  /** the survivor's columns that change, with their new values */
  changes: RowImage;
  /** the values given rather than taken, by column, for the checks any write of them passes */
  given: RowImage;
  /** every field chosen, or changed by default */
  fieldValues: MergedFieldValue[];
  alternates: KeptValue[];
  /** merged records that give up a unique value the survivor takes: their id and the columns they clear */
  releases: Map<number, string[]>;
}

/**
 * A value as alternate values are told apart: normalised where matching normalises the field (a phone in E.164, read
 * by its record's country), else with case and spacing ignored.
 */
function comparable(field: string, value: unknown, record: RowImage): string {
  const text = String(value);
  return (
    normaliseFieldValue(field, text, (record.country as string | null | undefined) ?? null) ??
    text.toLowerCase().replace(/\s+/g, '')
  );
}

function shown(field: MergeField, value: unknown): string | null {
  if (value == null) return null;
  return field.references ? toGlobalId(field.references, value as number) : String(value);
}

/**
 * The survivor's value of every field: as chosen, else its own, else that of the
 * first merged record (in the order given) that has one. The text values it does
 * not take, from any of the records, are kept once each as alternate values: once
 * per normalised value, so "020 123 4567" of a Dutch record is not kept beside +31201234567.
 */
export function chooseFieldValues(
  fields: readonly MergeField[],
  survivor: RowImage,
  merged: RowImage[],
  choices: FieldChoice[],
): FieldOutcome {
  const records = [survivor, ...merged];
  const outcome: FieldOutcome = { changes: {}, given: {}, fieldValues: [], alternates: [], releases: new Map() };
  for (const field of fields) {
    const choice = choices.find((c) => c.field === field.name);
    const source =
      choice && 'value' in choice
        ? null
        : (records.find((r) => (choice ? r.id === choice.fromId : r[field.column] != null)) ?? survivor);
    const value = source
      ? source[field.column]
      : cleanInput({ [field.column]: (choice as { value: string }).value })[field.column];
    const columns: RowImage = { [field.column]: value ?? null };
    for (const companion of field.companions ?? []) columns[companion] = source ? source[companion] : null;
    if (!source) outcome.given[field.column] = value;

    for (const [column, next] of Object.entries(columns)) if (survivor[column] !== next) outcome.changes[column] = next;
    if (choice || survivor[field.column] !== columns[field.column]) {
      outcome.fieldValues.push({
        field: field.name,
        value: shown(field, columns[field.column]),
        fromId: source ? (source.id as number) : null,
      });
    }
    if (field.kind === 'text') {
      const kept = new Set(value == null ? [] : [comparable(field.name, value, source ?? survivor)]);
      for (const record of records) {
        const other = record[field.column];
        if (other == null) continue;
        const otherValue = comparable(field.name, other, record);
        if (kept.has(otherValue)) continue;
        kept.add(otherValue);
        outcome.alternates.push({ field: field.name, value: String(other), fromRecordId: record.id as number });
      }
    }
    if (field.unique && value != null) {
      for (const record of merged.filter((r) => r[field.column] === value)) {
        outcome.releases.set(record.id as number, [...(outcome.releases.get(record.id as number) ?? []), field.column]);
      }
    }
  }
  return outcome;
}
