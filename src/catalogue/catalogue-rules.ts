import type { EntityManager } from 'typeorm';
import { NumberSeries, Pipeline } from '../entities';
import { isUniqueViolation } from '../db/unique-violation';
import { checkFields } from '../fields/field-check';
import { fieldError, InputRejected, type FieldError } from '../fields/field-errors';
import { conflict } from '../schema/errors';

type CatalogueEntity = typeof NumberSeries | typeof Pipeline;

const WHAT: Record<CatalogueEntity['name'], string> = { NumberSeries: 'number series', Pipeline: 'pipeline' };

/** A catalogue entry's name, trimmed; REQUIRED when empty. */
export function nameErrors(name: string | null | undefined): FieldError[] {
  return name?.trim() ? [] : [fieldError('name', 'REQUIRED', 'Give a name')];
}

/** Lengths from the entity's columns, and whatever else the caller found: every problem at once. */
export function assertValid(
  manager: EntityManager,
  entity: CatalogueEntity,
  data: Record<string, unknown>,
  errors: FieldError[],
): void {
  const all = [...errors, ...checkFields(manager, entity, data)];
  if (all.length > 0) throw new InputRejected(all);
}

/** CONFLICT when another entry has the name; names are unique. */
export async function assertNameFree(
  manager: EntityManager,
  entity: CatalogueEntity,
  name: string,
  exceptId?: number,
): Promise<void> {
  const holder = await manager.findOne(entity, { select: { id: true }, where: { name } });
  if (holder && holder.id !== exceptId) throw nameTaken(entity, name);
}

export function nameTaken(entity: CatalogueEntity, name: string) {
  return conflict(`A ${WHAT[entity.name]} named '${name}' exists already`, { field: 'name' });
}

/** Saves the entry; a concurrent one that took the name meanwhile is CONFLICT too. */
export async function saveNamed<T extends NumberSeries | Pipeline>(
  manager: EntityManager,
  entity: CatalogueEntity,
  record: T,
): Promise<T> {
  try {
    return await manager.save(record);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(entity, record.name);
    throw error;
  }
}
