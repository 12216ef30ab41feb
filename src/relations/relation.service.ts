import { In, Not, type EntityManager } from 'typeorm';
import { Relation, type User } from '../entities';
import type { BatchItem } from '../records/batch-result';
import { createRecords, type RecordKind } from '../records/create-records';
import { checkFields, cleanInput } from '../records/field-check';
import { fieldError, InputRejected, type FieldError } from '../records/field-errors';
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

export function createRelations(
  manager: EntityManager,
  actor: Actor,
  inputs: RelationData[],
): Promise<BatchItem<Relation>[]> {
  return createRecords(manager, actor, relationKind, inputs);
}

export async function createRelation(manager: EntityManager, actor: User, input: RelationData): Promise<Relation> {
  const [item] = await createRelations(manager, actor, [input]);
  if (!item.record) throw new InputRejected(item.errors);
  return item.record;
}

export type RelationChanges = Omit<RelationData, 'tags' | 'divisionId'>;

export async function updateRelation(
  manager: EntityManager,
  actor: User,
  id: number,
  expectedVersion: number,
  changes: RelationChanges,
): Promise<Relation> {
  const relation = await findRecord(manager, actor, Relation, id);
  const clean = cleanInput(changes);
  const taken = await takenCustomerNumbers(manager, [clean.customerNumber], relation.id);
  const errors = [
    ...checkFields(manager, Relation, clean),
    ...(await checkOwner(manager, clean.ownerId, relation.divisionId)),
    ...checkRelation({ ...relation, ...clean }, taken),
  ];
  if (errors.length > 0) throw new InputRejected(errors);
  return updateVersioned(manager, Relation, 'Relation', relation, expectedVersion, clean as Partial<Relation>);
}
