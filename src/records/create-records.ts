import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { UnitOfWork } from '../db/unit-of-work';
import { Division } from '../entities';
import type { EntityType } from '../entities/enums';
import { assertDivisionAccess, type Actor } from '../schema/access';
import { badInput } from '../schema/errors';
import { checkTagNames, tagNewRecords, tagsOfNewRecords } from '../tags/tag.service';
import { newTagLists } from '../tags/tag-lists';
import type { BatchItem } from './batch-result';
import { checkFields, cleanInput } from '../fields/field-check';
import { fieldError, type FieldError } from '../fields/field-errors';
import { insertNewRecords } from './insert-new-records';
import { recordsWritten } from '../quality/records-written';
import { colleagueErrors, existingIds, usersById } from './reference-check';

/** The batch limit of createLeads, createRelations and createContacts. */
export const MAX_BATCH = 500;

export interface OwnedInput {
  tags?: string[] | null;
  ownerId?: number | null;
  divisionId?: number | null;
}

export interface RecordKind<D extends OwnedInput, E extends ObjectLiteral> {
  entity: EntityTarget<E> & { name: string };
  /** the record type, as tags, findings and match keys name it */
  taggedType: EntityType;
  /** checks that need the whole batch or the database; resolves to a per-item check */
  prepare(manager: EntityManager, inputs: D[]): Promise<(input: D) => FieldError[]>;
  /** the new record from a valid, cleaned input (tags aside) */
  build(input: Omit<D, 'tags'>, actor: Actor): DeepPartial<E>;
}

/**
 * Creates a batch of leads, relations or contacts: every input is checked, the
 * valid ones are saved with their tags, and one item per input answers in input
 * order. Runs inside the caller's transaction.
 */
export async function createRecords<D extends OwnedInput, E extends ObjectLiteral & { id: number }>(
  uow: UnitOfWork<Actor>,
  kind: RecordKind<D, E>,
  rawInputs: D[],
): Promise<BatchItem<E>[]> {
  const { manager, actor } = uow;
  const noun = kind.entity.name.toLowerCase();
  if (rawInputs.length > MAX_BATCH)
    throw badInput(`A batch holds at most ${MAX_BATCH} ${noun}s; this one has ${rawInputs.length}`, 'inputs');
  const inputs = rawInputs.map((input) => cleanInput(input));
  for (const input of inputs) assertDivisionAccess(actor, input.divisionId ?? actor.divisionId, `The ${noun}`);
  const [owners, divisions, check] = await Promise.all([
    usersById(
      manager,
      inputs.map((i) => i.ownerId),
    ),
    existingIds(
      manager,
      Division,
      inputs.map((i) => i.divisionId),
    ),
    kind.prepare(manager, inputs),
  ]);
  const items: BatchItem<E>[] = [];
  const accepted: { index: number; record: E; tags: string[] }[] = [];
  inputs.forEach((input, index) => {
    const { tags, ...fields } = input;
    const errors: FieldError[] = [
      ...checkFields(manager, kind.entity, fields),
      ...checkTagNames(tags ?? []),
      ...check(input),
    ];
    if (input.divisionId != null && !divisions.has(input.divisionId))
      errors.push(fieldError('divisionId', 'NOT_FOUND', 'No division with this id'));
    items.push({ index, record: null, errors });
    if (errors.length > 0) return;
    const record = manager.create(kind.entity, kind.build(fields, actor));
    // the owner must be able to work the division the record lands in
    errors.push(...colleagueErrors('ownerId', input.ownerId, owners, record.divisionId ?? null));
    if (errors.length === 0) accepted.push({ index, record, tags: tags ?? [] });
  });
  if (accepted.length > 0) {
    const tags = await tagsOfNewRecords(
      manager,
      accepted.map((a) => a.tags),
    );
    const tagLists = await newTagLists(manager, kind.taggedType, tags);
    if (tagLists) accepted.forEach(({ record }, n) => Object.assign(record, { tagList: tagLists[n] }));
    await insertNewRecords(
      manager,
      kind.entity,
      accepted.map((a) => a.record),
    );
    await tagNewRecords(
      manager,
      kind.taggedType,
      accepted.map((a, n) => ({ recordId: a.record.id, tags: tags[n] })),
    );
    for (const { index, record } of accepted) items[index].record = record;
    await recordsWritten(
      uow,
      kind.taggedType,
      accepted.map((a) => a.record.id),
      true,
    );
  }
  return items;
}
