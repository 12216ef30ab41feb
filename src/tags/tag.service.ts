import { In, type EntityManager } from 'typeorm';
import { Tag, Tagging } from '../entities';
import type { EntityType } from '../entities/enums';
import { fieldError, type FieldError } from '../fields/field-errors';
import { holdTagLists, refreshTagLists } from './tag-lists';

const MAX_TAG_LENGTH = 100;

/** Tag names as given: trimmed, blank ones dropped, each once (case-insensitively). */
export function cleanTagNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

export function checkTagNames(names: readonly string[], field = 'tags'): FieldError[] {
  return names
    .filter((name) => name.length > MAX_TAG_LENGTH)
    .map((name) =>
      fieldError(field, 'TOO_LONG', `Tag '${name.slice(0, 20)}…' is longer than ${MAX_TAG_LENGTH} characters`),
    );
}

/** The tags with these names, creating the missing ones. */
export async function ensureTags(manager: EntityManager, names: readonly string[]): Promise<Tag[]> {
  if (names.length === 0) return [];
  await manager
    .createQueryBuilder()
    .insert()
    .into(Tag)
    .values(names.map((name) => ({ name })))
    .orIgnore()
    .execute();
  return manager.findBy(Tag, { name: In([...names]) });
}

async function insertTaggings(manager: EntityManager, rows: Tagging[]): Promise<void> {
  if (rows.length > 0) await manager.createQueryBuilder().insert().into(Tagging).values(rows).orIgnore().execute();
}

export async function addTags(
  manager: EntityManager,
  entityType: EntityType,
  recordIds: number[],
  names: readonly string[],
): Promise<void> {
  await holdTagLists(manager, entityType, recordIds);
  const tags = await ensureTags(manager, cleanTagNames(names));
  await insertTaggings(
    manager,
    recordIds.flatMap((recordId) => tags.map((tag) => ({ entityType, recordId, tagId: tag.id }))),
  );
  await refreshTagLists(manager, entityType, recordIds);
}

/** The tags of records being created, each record's given by name (see tagNewRecords). */
export async function tagsOfNewRecords(
  manager: EntityManager,
  names: readonly (readonly string[])[],
): Promise<Tag[][]> {
  const tags: Tag[][] = [];
  for (const given of names) tags.push(await ensureTags(manager, cleanTagNames(given)));
  return tags;
}

/** Tags records just created with the tags tagsOfNewRecords gave (their kept lists were stored with them: newTagList). */
export async function tagNewRecords(
  manager: EntityManager,
  entityType: EntityType,
  records: { recordId: number; tags: readonly Tag[] }[],
): Promise<void> {
  await insertTaggings(
    manager,
    records.flatMap(({ recordId, tags }) => tags.map((tag) => ({ entityType, recordId, tagId: tag.id }))),
  );
}

/** Gives a record every tag another one has (a converted lead's tags go to what it became). */
export async function copyTags(
  manager: EntityManager,
  from: { entityType: EntityType; recordId: number },
  to: { entityType: EntityType; recordId: number },
): Promise<void> {
  const tagged = await manager.findBy(Tagging, from);
  if (tagged.length === 0) return;
  await holdTagLists(manager, to.entityType, [to.recordId]);
  await insertTaggings(
    manager,
    tagged.map(({ tagId }) => ({ ...to, tagId })),
  );
  await refreshTagLists(manager, to.entityType, [to.recordId]);
}

export async function removeTags(
  manager: EntityManager,
  entityType: EntityType,
  recordId: number,
  names: readonly string[],
): Promise<void> {
  const tags = await manager.findBy(Tag, { name: In(cleanTagNames(names)) });
  if (tags.length === 0) return;
  await holdTagLists(manager, entityType, [recordId]);
  await manager.delete(Tagging, { entityType, recordId, tagId: In(tags.map((t) => t.id)) });
  await refreshTagLists(manager, entityType, [recordId]);
}
