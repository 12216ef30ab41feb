import { GraphQLError } from 'graphql';
import { fieldError, InputRejected, type FieldError } from '../../fields/field-errors';
import { badInput } from '../../schema/errors';
import { fromGlobalId, idOf, toGlobalId } from '../../schema/global-id';
import type { EntityType } from '../record-fields';
import { MERGE_FIELDS, mergeField } from './merge-fields';

/** What mergeRecords is given, with global ids as the API takes them. */
export interface MergeInput {
  survivorId: string;
  mergedIds: string[];
  fieldValues?: { field: string; fromId?: string | null; value?: string | null }[] | null;
  expectedVersions: { id: string; version: number }[];
}

/** A field's choice: the record to take it from, or the value to give it. */
export type FieldChoice = { field: string; fromId: number } | { field: string; value: string };

export interface MergeRequest {
  entityType: EntityType;
  /** the records' type name, as global ids spell it */
  typeName: string;
  survivorId: number;
  mergedIds: number[];
  /** the version the client read of each record */
  versions: Map<number, number>;
  choices: FieldChoice[];
}

const MERGEABLE_TYPES: Readonly<Record<string, EntityType>> = {
  Relation: 'RELATION',
  Contact: 'CONTACT',
  Lead: 'LEAD',
};

/** The record type a global id names, when it is one a merge takes. */
export function mergeableType(globalId: string, field: string): { entityType: EntityType; typeName: string } {
  const { type } = fromGlobalId(globalId, field);
  const entityType = MERGEABLE_TYPES[type];
  if (!entityType) throw badInput(`${field} must be the id of a relation, contact or lead, not of a ${type}`, field);
  return { entityType, typeName: type };
}

/** Adds a field's choice to the request, or says what is wrong with it. */
function addChoice(
  request: MergeRequest,
  input: NonNullable<MergeInput['fieldValues']>[number],
  seen: Set<string>,
  decode: (id: string, field: string) => number | null,
): FieldError[] {
  const path = `fieldValues.${input.field}`;
  const field = mergeField(request.entityType, input.field);
  if (!field) {
    const names = MERGE_FIELDS[request.entityType].map((f) => f.name).join(', ');
    return [
      fieldError(
        path,
        'UNKNOWN_FIELD',
        `'${input.field}' is not a field a ${request.typeName.toLowerCase()} merge sets; it sets ${names}`,
      ),
    ];
  }
  if (seen.has(field.name)) return [fieldError(path, 'DUPLICATE', `${field.name} is chosen twice`)];
  seen.add(field.name);
  if ((input.fromId != null) === (input.value != null))
    return [fieldError(path, 'ONE_OF', `Give ${field.name} either fromId or value, not both or neither`)];
  if (input.value != null) {
    if (field.kind === 'reference')
      return [
        fieldError(path, 'FROM_RECORD_ONLY', `${field.name} can only be taken from one of the records: give fromId`),
      ];
    if (field.values && !field.values.includes(input.value))
      return [fieldError(path, 'INVALID_VALUE', `${field.name} is one of ${field.values.join(', ')}`)];
    request.choices.push({ field: field.name, value: input.value });
    return [];
  }
  const fromId = decode(input.fromId!, path);
  if (fromId === null) return [];
  if (fromId !== request.survivorId && !request.mergedIds.includes(fromId)) {
    return [fieldError(path, 'NOT_MERGED', `fromId must be the survivor or one of the merged records`)];
  }
  request.choices.push({ field: field.name, fromId });
  return [];
}

/** Decodes and checks a merge's input before anything is read: every problem at once, as BAD_USER_INPUT. */
export function parseMergeRequest(input: MergeInput): MergeRequest {
  const { entityType, typeName } = mergeableType(input.survivorId, 'survivorId');
  const errors: FieldError[] = [];
  const decode = (globalId: string, field: string): number | null => {
    try {
      return idOf(typeName, globalId, field);
    } catch (error) {
      errors.push(fieldError(field, 'INVALID_ID', error instanceof GraphQLError ? error.message : String(error)));
      return null;
    }
  };
  const survivorId = idOf(typeName, input.survivorId, 'survivorId');
  const mergedIds = input.mergedIds.map((id) => decode(id, 'mergedIds')).filter((id): id is number => id !== null);
  if (input.mergedIds.length === 0)
    errors.push(fieldError('mergedIds', 'REQUIRED', 'Name at least one record to merge into the survivor'));
  if (new Set(mergedIds).size !== mergedIds.length)
    errors.push(fieldError('mergedIds', 'DUPLICATE', 'A record is named twice'));
  if (mergedIds.includes(survivorId))
    errors.push(fieldError('mergedIds', 'SURVIVOR_MERGED', 'The survivor cannot be merged into itself'));
  const request: MergeRequest = {
    entityType,
    typeName,
    survivorId,
    mergedIds: [...new Set(mergedIds)],
    versions: new Map(),
    choices: [],
  };

  const ids = [survivorId, ...request.mergedIds];
  for (const { id: globalId, version } of input.expectedVersions) {
    const id = decode(globalId, 'expectedVersions');
    if (id === null) continue;
    if (!ids.includes(id))
      errors.push(
        fieldError('expectedVersions', 'NOT_MERGED', `${globalId} is neither the survivor nor a merged record`),
      );
    else if (request.versions.has(id))
      errors.push(fieldError('expectedVersions', 'DUPLICATE', `${globalId} has two versions`));
    request.versions.set(id, version);
  }
  for (const id of ids.filter((id) => !request.versions.has(id))) {
    errors.push(fieldError('expectedVersions', 'REQUIRED', `Send the version you read of ${toGlobalId(typeName, id)}`));
  }

  const seen = new Set<string>();
  for (const choice of input.fieldValues ?? []) errors.push(...addChoice(request, choice, seen, decode));
  if (errors.length > 0) throw new InputRejected(errors);
  return request;
}
