import type { EntityManager } from 'typeorm';
import { IsNull, Not } from 'typeorm';
import { NumberSeries, Relation, type Division } from '../entities';
import { forUpdate } from '../db/dialect';
import { fieldError, type FieldError } from '../fields/field-errors';
import { loadRecord } from '../records/find-record';
import { assertNameFree, assertValid, nameErrors, saveNamed } from './catalogue-rules';

/** Customer numbers stay well inside a signed 32-bit column. */
export const MAX_NEXT_NUMBER = 2_000_000_000;

export interface NumberSeriesData {
  name: string;
  prefix?: string | null;
  nextNumber?: number | null;
  isDefault?: boolean | null;
  /** a division's own series; none: every division's */
  division?: Division | null;
}

export interface NumberSeriesChanges {
  name?: string | null;
  prefix?: string | null;
  nextNumber?: number | null;
  isDefault?: boolean | null;
}

function nextNumberErrors(nextNumber: number): FieldError[] {
  if (Number.isInteger(nextNumber) && nextNumber >= 1 && nextNumber <= MAX_NEXT_NUMBER) return [];
  return [fieldError('nextNumber', 'OUT_OF_RANGE', `The next number is a whole number from 1 to ${MAX_NEXT_NUMBER}`)];
}

function prefixErrors(prefix: string): FieldError[] {
  if (!/\s/.test(prefix)) return [];
  return [fieldError('prefix', 'WHITESPACE', 'A prefix has no spaces: customer numbers are typed and searched')];
}

/** Numbers the series gave cannot come again: once it numbered a customer, its next number only goes up. */
async function loweredErrors(manager: EntityManager, series: NumberSeries, nextNumber: number): Promise<FieldError[]> {
  if (nextNumber >= series.nextNumber || !(await manager.existsBy(Relation, { numberSeriesId: series.id }))) return [];
  const last = `${series.prefix}${series.nextNumber - 1}`;
  return [
    fieldError(
      'nextNumber',
      'NUMBER_GIVEN',
      `Series '${series.name}' has given numbers up to ${last}; the next number must be ${series.nextNumber} or more`,
    ),
  ];
}

/** A default per scope: one for every division (divisionId null) and one for each division's own series. */
async function makeSoleDefault(manager: EntityManager, series: NumberSeries): Promise<void> {
  await manager.update(
    NumberSeries,
    { isDefault: true, divisionId: series.divisionId ?? IsNull(), id: Not(series.id) },
    { isDefault: false },
  );
}

export async function createNumberSeries(manager: EntityManager, input: NumberSeriesData): Promise<NumberSeries> {
  const name = input.name.trim();
  const prefix = input.prefix?.trim() ?? '';
  const nextNumber = input.nextNumber ?? 1;
  assertValid(manager, NumberSeries, { name, prefix }, [
    ...nameErrors(name),
    ...prefixErrors(prefix),
    ...nextNumberErrors(nextNumber),
  ]);
  await assertNameFree(manager, NumberSeries, name);
  const series = await saveNamed(
    manager,
    NumberSeries,
    manager.create(NumberSeries, {
      name,
      prefix,
      nextNumber,
      isDefault: input.isDefault ?? false,
      divisionId: input.division?.id ?? null,
    }),
  );
  if (series.isDefault) await makeSoleDefault(manager, series);
  return series;
}

/** Renames, re-prefixes, moves the next number or makes default; a field left out stays. */
export async function updateNumberSeries(
  manager: EntityManager,
  globalId: string,
  changes: NumberSeriesChanges,
): Promise<NumberSeries> {
  const { id } = await loadRecord(manager, NumberSeries, globalId);
  // conversions move nextNumber meanwhile: read it locked, as they do
  const series = await forUpdate(
    manager.createQueryBuilder(NumberSeries, 's').where('s.id = :id', { id }),
  ).getOneOrFail();
  const name = changes.name == null ? series.name : changes.name.trim();
  const prefix = changes.prefix == null ? series.prefix : changes.prefix.trim();
  const nextNumber = changes.nextNumber ?? series.nextNumber;
  const errors = [...nameErrors(name), ...prefixErrors(prefix), ...nextNumberErrors(nextNumber)];
  assertValid(
    manager,
    NumberSeries,
    { name, prefix },
    errors.length ? errors : await loweredErrors(manager, series, nextNumber),
  );
  await assertNameFree(manager, NumberSeries, name, series.id);
  Object.assign(series, { name, prefix, nextNumber, isDefault: changes.isDefault ?? series.isDefault });
  const saved = await saveNamed(manager, NumberSeries, series);
  if (saved.isDefault) await makeSoleDefault(manager, saved);
  return saved;
}
