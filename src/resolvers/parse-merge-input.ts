import { GraphQLError } from 'graphql';
import { RECORD_TYPES } from '../entities/record-types';
import type { MergeRequest } from '../quality/merge/merge-request';
import { fieldError, InputRejected, type FieldError } from '../fields/field-errors';
import { idOf, toGlobalId } from '../schema/global-id';
import { recordIdOf } from './record-id';

/** A merge as the API takes it, with global ids. */
export interface MergeInput {
  survivorId: string;
  mergedIds: string[];
  fieldValues?: { field: string; fromId?: string | null; value?: string | null }[] | null;
  expectedVersions: { id: string; version: number }[];
}

/** Adds a field's choice to the request, or says what is wrong with it. */
function addChoice(
  request: MergeRequest,
  input: NonNullable<MergeInput['fieldValues']>[number],
  seen: Set<string>,
  decode: (id: string, field: string) => number | null,
): FieldError[] {
  const path = `fieldValues.${input.field}`;
  const fields = RECORD_TYPES[request.entityType].mergeFields;
  const field = fields.find((f) => f.name === input.field);
  if (!field) {
    const names = fields.map((f) => f.name).join(', ');
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
export function parseMergeInput(input: MergeInput): MergeRequest {
  const { entityType, typeName } = recordIdOf(input.survivorId, 'survivorId');
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
