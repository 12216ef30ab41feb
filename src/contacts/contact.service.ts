import { In, type EntityManager } from 'typeorm';
import type { UnitOfWork } from '../db/unit-of-work';
import { Contact, Relation, type User } from '../entities';
import type { BatchItem } from '../records/batch-result';
import { createRecords, type RecordKind } from '../records/create-records';
import { checkFields, cleanInput } from '../fields/field-check';
import { fieldError, InputRejected, type FieldError } from '../fields/field-errors';
import { findRecord } from '../records/find-record';
import { checkOwner } from '../records/reference-check';
import { updateVersioned } from '../records/versioned-update';
import { assertDivisionAccess, type Actor } from '../schema/access';
import type { ContactData } from './contact-data';

function checkContact(input: ContactData, relations: Map<number, Relation>): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.firstName && !input.lastName)
    errors.push(fieldError('lastName', 'REQUIRED', 'A contact person needs a first or last name'));
  if (input.relationId != null && !relations.has(input.relationId))
    errors.push(fieldError('relationId', 'NOT_FOUND', 'No relation with this id'));
  return errors;
}

async function relationsById(
  manager: EntityManager,
  ids: (number | null | undefined)[],
): Promise<Map<number, Relation>> {
  const wanted = [...new Set(ids.filter((id): id is number => id != null))];
  const rows = wanted.length ? await manager.findBy(Relation, { id: In(wanted) }) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/** A person can be put only at a relation the actor may see: a SALES user at relations of their own division. */
function assertRelationsInReach(actor: Actor, relations: Map<number, Relation>): void {
  for (const relation of relations.values()) assertDivisionAccess(actor, relation.divisionId, 'The relation');
}

function contactKind(relations: Map<number, Relation>): RecordKind<ContactData, Contact> {
  return {
    entity: Contact,
    taggedType: 'CONTACT',
    prepare: async () => (input) => checkContact(input, relations),
    build: (input, actor) => ({
      ...input,
      // a person belongs where the company they work at belongs
      divisionId:
        input.divisionId ??
        (input.relationId ? relations.get(input.relationId)?.divisionId : undefined) ??
        actor.divisionId,
    }),
  };
}

export async function createContacts(uow: UnitOfWork<Actor>, inputs: ContactData[]): Promise<BatchItem<Contact>[]> {
  const { manager, actor } = uow;
  const relations = await relationsById(
    manager,
    inputs.map((i) => i.relationId),
  );
  assertRelationsInReach(actor, relations);
  return createRecords(uow, contactKind(relations), inputs);
}

export async function createContact(uow: UnitOfWork<User>, input: ContactData): Promise<Contact> {
  const [item] = await createContacts(uow, [input]);
  if (!item.record) throw new InputRejected(item.errors);
  return item.record;
}

export type ContactChanges = Omit<ContactData, 'tags' | 'divisionId'>;

export async function updateContact(
  uow: UnitOfWork<User>,
  globalId: string,
  expectedVersion: number,
  changes: ContactChanges,
): Promise<Contact> {
  const { manager, actor } = uow;
  const contact = await findRecord(manager, actor, Contact, globalId);
  const clean = cleanInput(changes);
  const relations = await relationsById(manager, [clean.relationId]);
  assertRelationsInReach(actor, relations);
  const errors = [
    ...checkFields(manager, Contact, clean),
    ...(await checkOwner(manager, clean.ownerId, contact.divisionId)),
    ...checkContact({ ...contact, ...clean, relationId: clean.relationId }, relations),
  ];
  if (errors.length > 0) throw new InputRejected(errors);
  return updateVersioned(uow, Contact, 'Contact', contact, expectedVersion, clean as Partial<Contact>, globalId);
}
