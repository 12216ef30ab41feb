import { In, Not, type EntityManager } from 'typeorm';
import type { UnitOfWork } from '../db/unit-of-work';
import { Relation, type User } from '../entities';
import type { BatchItem } from '../records/batch-result';
import { createRecords, type RecordKind } from '../records/create-records';
import { checkFields, cleanInput } from '../fields/field-check';
import { fieldError, InputRejected, type FieldError } from '../fields/field-errors';
import { findRecord } from '../records/find-record';
import { checkOwner } from '../records/reference-check';
import { updateVersioned } from '../records/versioned-update';
import type { Actor } from '../schema/access';
import { relationKindOf, type RelationData } from './relation-data';

async function takenCustomerNumbers(
  manager: EntityManager,
  numbers: (string | null | undefined)[],
  exceptId?: number,
): Promise<Set<string>> {
  const wanted = [...new Set(numbers.filter((n): n is string => !!n))];
  if (wanted.length === 0) return new Set();
  const rows = await manager.find(Relation, {
    select: { id: true, customerNumber: true },
    where: { customerNumber: In(wanted), ...(exceptId ? { id: Not(exceptId) } : {}) },
  });
  return new Set(rows.map((r) => r.customerNumber!));
}

function checkRelation(input: RelationData, taken: Set<string>): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.name) errors.push(fieldError('name', 'REQUIRED', 'A relation needs a name'));
  if (input.customerNumber) {
    if (taken.has(input.customerNumber))
      errors.push(fieldError('customerNumber', 'DUPLICATE', `Customer number ${input.customerNumber} is taken`));
    taken.add(input.customerNumber);
  }
  return errors;
}

const relationKind: RecordKind<RelationData, Relation> = {
  entity: Relation,
  taggedType: 'RELATION',
  async prepare(manager, inputs) {
    const taken = await takenCustomerNumbers(
      manager,
      inputs.map((i) => i.customerNumber),
    );
    return (input) => checkRelation(input, taken);
  },
  build: (input, actor) => ({
    ...input,
    kind: relationKindOf(input),
    name: input.name!,
    divisionId: input.divisionId ?? actor.divisionId,
  }),
};

export function createRelations(uow: UnitOfWork<Actor>, inputs: RelationData[]): Promise<BatchItem<Relation>[]> {
  return createRecords(uow, relationKind, inputs);
}

export async function createRelation(uow: UnitOfWork<User>, input: RelationData): Promise<Relation> {
  const [item] = await createRelations(uow, [input]);
  if (!item.record) throw new InputRejected(item.errors);
  return item.record;
}

export type RelationChanges = Omit<RelationData, 'tags' | 'divisionId'>;

export async function updateRelation(
  uow: UnitOfWork<User>,
  globalId: string,
  expectedVersion: number,
  changes: RelationChanges,
): Promise<Relation> {
  const { manager, actor } = uow;
  const relation = await findRecord(manager, actor, Relation, globalId);
  const clean = cleanInput(changes);
  const taken = await takenCustomerNumbers(manager, [clean.customerNumber], relation.id);
  const errors = [
    ...checkFields(manager, Relation, clean),
    ...(await checkOwner(manager, clean.ownerId, relation.divisionId)),
    ...checkRelation({ ...relation, ...clean }, taken),
  ];
  if (errors.length > 0) throw new InputRejected(errors);
  return updateVersioned(uow, Relation, 'Relation', relation, expectedVersion, clean as Partial<Relation>, globalId);
}
