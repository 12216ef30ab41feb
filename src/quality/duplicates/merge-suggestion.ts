import type { Contact, Lead, Relation } from '../../entities';
import { suggestFieldValues, suggestSurvivor, type SurvivorCandidate } from '../matching/survivor-suggester';
import { RECORD_TYPES } from '../../entities/record-types';
import type { RecordFields } from '../normalise/record-normaliser';
import type { EntityType } from '../record-fields';

type Member = Relation | Contact | Lead;

export interface SuggestedField {
  /** as mergeRecords names it */
  field: string;
  value: string;
  /** the member whose spelling is suggested */
  fromId: number;
  /** every member holding the value, in any spelling that normalises alike */
  sourceIds: number[];
}

/** The members as the suggester reads them: the fields a merge sets from a record (not references to other records). */
function candidates(
  entityType: EntityType,
  members: readonly Member[],
): { fields: string[]; records: SurvivorCandidate[] } {
  const fields = RECORD_TYPES[entityType].mergeFields.filter((field) => field.kind !== 'reference');
  const records = members.map((member) => {
    const values = Object.fromEntries(
      fields.map((field) => [field.name, (member as unknown as Record<string, unknown>)[field.column]]),
    );
    return {
      id: String(member.id),
      entityType,
      createdAt: member.createdAt,
      fields: values as unknown as RecordFields,
    };
  });
  return { fields: fields.map((field) => field.name), records };
}

/** The member to keep when the cluster is merged. */
export function suggestedSurvivorId(entityType: EntityType, members: readonly Member[]): number {
  return Number(suggestSurvivor(candidates(entityType, members).records));
}

/** A value per field for the merged record, in the order mergeRecords lists the fields. */
export function suggestedValues(entityType: EntityType, members: readonly Member[]): SuggestedField[] {
  const { fields, records } = candidates(entityType, members);
  const suggestions = suggestFieldValues(records);
  return fields
    .filter((field) => Object.hasOwn(suggestions, field))
    .map((field) => {
      const { value, sourceIds } = suggestions[field];
      const holds = (id: string) =>
        (records.find((record) => record.id === id)?.fields as unknown as Record<string, unknown>)[field] === value;
      const from = sourceIds.find(holds) ?? sourceIds[0];
      return { field, value, fromId: Number(from), sourceIds: sourceIds.map(Number) };
    });
}
