import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { bulkInsert } from '../../db/bulk-insert';
import { readRowsIn, type RowImage } from '../../db/raw-rows';
import { Contact, Merge, MergeMember } from '../../entities';
import { announceChangedLeads } from '../../live/lead-events';
import { InputRejected } from '../../fields/field-errors';
import { recordsWritten } from '../records-written';
import type { Actor } from '../../schema/access';
import { badInput, conflict, notFound } from '../../schema/errors';
import { toGlobalId } from '../../schema/global-id';
import { markClusterMerged } from '../duplicates/mark-cluster-merged';
import { ENTITY_OF_TYPE } from '../matching/record-loader';
import type { EntityType } from '../record-fields';
import { carryIgnores } from './carried-ignores';
import { ChangeLog } from './change-log';
import { chooseFieldValues } from './field-choices';
import { logDerivedImages, readDerivedBefore } from './derived-images';
import type { CountScope } from './finding-images';
import { MERGE_FIELDS } from './merge-fields';
import { parseMergeRequest, type MergeInput, type MergeRequest } from './merge-request';
import {
  keepAlternateValues,
  moveLinkedRows,
  readLinkedRows,
  unionTags,
  updateLogged,
  type LinkedRows,
} from './merge-steps';
import { RecordSet } from './record-set';
import { checkSurvivor } from './survivor-check';

const MERGED = 'MERGED';
const CONVERTED = 'CONVERTED';

/** The survivor and the merged records, locked, as the client read them: NOT_FOUND, CONFLICT on a stale version, BAD_USER_INPUT for a merged one or a converted lead. */
async function lockRecords(manager: EntityManager, request: MergeRequest): Promise<RowImage[]> {
  const ids = [request.survivorId, ...request.mergedIds];
  const rows = new Map(
    (await readRowsIn(manager, ENTITY_OF_TYPE[request.entityType], 'id', ids, { lock: true })).map((row) => [
      row.id as number,
      row,
    ]),
  );
  const name = (id: number) => `${request.typeName} ${toGlobalId(request.typeName, id)}`;
  const missing = ids.find((id) => !rows.has(id));
  if (missing !== undefined) throw notFound(request.typeName, toGlobalId(request.typeName, missing));
  const stale = ids.filter((id) => rows.get(id)!.version !== request.versions.get(id));
  if (stale.length > 0) {
    const versions = stale.map(
      (id) => `${name(id)} is at version ${rows.get(id)!.version}, you sent ${request.versions.get(id)}`,
    );
    throw conflict(`Changed by someone else since you read them: ${versions.join('; ')}. Reload them and merge again`, {
      currentVersions: stale.map((id) => ({ id: toGlobalId(request.typeName, id), version: rows.get(id)!.version })),
    });
  }
  const merged = ids.find((id) => rows.get(id)!.status === MERGED);
  if (merged !== undefined) {
    const into = toGlobalId(request.typeName, rows.get(merged)!.mergedIntoId as number);
    throw badInput(
      `${name(merged)} is merged already, into ${into}; merge into that record instead`,
      merged === request.survivorId ? 'survivorId' : 'mergedIds',
    );
  }
  const converted = ids.find((id) => rows.get(id)!.status === CONVERTED);
  if (converted !== undefined) {
    const relationId = rows.get(converted)!.convertedRelationId as number | null;
    const into = relationId == null ? '' : `, into relation ${toGlobalId('Relation', relationId)}`;
    throw badInput(
      `${name(converted)} is converted already${into}, and is no duplicate to merge; merge only open leads`,
      converted === request.survivorId ? 'survivorId' : 'mergedIds',
    );
  }
  return ids.map((id) => rows.get(id)!);
}

/**
 * The records whose derived data (match keys, findings, clusters) the merge changes: the
 * merged records and the survivor, every relation, contact or lead moved to it,
 * and a relation's contacts, whose phones are read by its country.
 */
async function affectedRecords(
  manager: EntityManager,
  entityType: EntityType,
  records: RowImage[],
  linked: LinkedRows[],
): Promise<{ records: RecordSet; scopes: CountScope[] }> {
  const affected = new RecordSet();
  const images: { entityType: EntityType; row: RowImage }[] = records.map((row) => ({ entityType, row }));
  for (const { link, rows } of linked) {
    const type = RecordSet.typeOf(link.entity);
    if (type) images.push(...rows.map((row) => ({ entityType: type, row })));
  }
  if (entityType === 'RELATION') {
    const contacts = await readRowsIn(manager, Contact, 'relationId', [records[0].id]);
    images.push(...contacts.map((row) => ({ entityType: 'CONTACT' as const, row })));
  }
  for (const { entityType: type, row } of images) affected.add(type, [row.id as number]);
  const scopes = images.map(({ entityType: type, row }) => ({
    entityType: type,
    divisionId: row.divisionId as number | null,
    ownerId: row.ownerId as number | null,
  }));
  return { records: affected, scopes };
}

/**
 * Merges relations, contacts or leads (any number) into a survivor, in the
 * caller's transaction: the survivor takes the chosen field values and keeps
 * the others as alternate values, everything that pointed at the merged records
 * moves to it, their tags join its own, and they become MERGED, pointing at it;
 * the duplicate clusters that held them become MERGED too. Every row changed is
 * logged with its before-image, so undoMerge can restore it.
 */
export async function mergeRecords(uow: UnitOfWork<Actor>, input: MergeInput): Promise<Merge> {
  const { manager, actor } = uow;
  const request = parseMergeRequest(input);
  const { entityType, survivorId, mergedIds } = request;
  const entity = ENTITY_OF_TYPE[entityType];
  const [survivor, ...merged] = await lockRecords(manager, request);
  const outcome = chooseFieldValues(MERGE_FIELDS[entityType], survivor, merged, request.choices);
  const result = { ...survivor, ...outcome.changes };
  const errors = await checkSurvivor(manager, entityType, result, outcome.given, [survivorId, ...mergedIds]);
  if (errors.length > 0) throw new InputRejected(errors);

  const linked = await readLinkedRows(manager, entityType, mergedIds);
  const affected = await affectedRecords(manager, entityType, [survivor, ...merged], linked);
  const resultScope = {
    entityType,
    divisionId: result.divisionId as number | null,
    ownerId: result.ownerId as number | null,
  };
  const derivedBefore = await readDerivedBefore(manager, affected.records, [...affected.scopes, resultScope]);

  const merge = await manager.save(
    Merge,
    manager.create(Merge, { entityType, survivorId, fieldValues: outcome.fieldValues, createdById: actor.id }),
  );
  const log = new ChangeLog();
  await moveLinkedRows(manager, log, linked, survivorId);
  await unionTags(manager, log, entityType, survivorId, mergedIds);
  for (const record of merged) {
    const released = Object.fromEntries(
      (outcome.releases.get(record.id as number) ?? []).map((column) => [column, null]),
    );
    await updateLogged(manager, log, entity, [record], { status: MERGED, mergedIntoId: survivorId, ...released });
  }
  if (Object.keys(outcome.changes).length > 0) await updateLogged(manager, log, entity, [survivor], outcome.changes);
  await keepAlternateValues(manager, log, merge, outcome.alternates);
  await markClusterMerged(manager, entityType, [survivorId, ...mergedIds]);
  for (const [type, ids] of affected.records.byType()) await recordsWritten(uow, type, ids);
  await carryIgnores(manager, entityType, survivorId, derivedBefore.findings.findings);

  await logDerivedImages(manager, log, affected.records, derivedBefore);
  await log.save(manager, merge.id);
  await bulkInsert(
    manager,
    MergeMember,
    mergedIds.map((recordId) => ({ mergeId: merge.id, entityType, recordId })),
  );
  if (entityType === 'LEAD') announceChangedLeads(uow, [survivorId, ...mergedIds]);
  return merge;
}
