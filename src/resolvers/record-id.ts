import { entityTypeNamed, type EntityType } from '../entities/record-types';
import { badInput } from '../schema/errors';
import { fromGlobalId } from '../schema/global-id';

/** A relation's, contact's or lead's global id, decoded; BAD_USER_INPUT for any other. */
export function recordIdOf(
  globalId: string,
  field: string,
  otherType = (type: string) => `${field} must be the id of a relation, contact or lead, not of a ${type}`,
): { typeName: string; entityType: EntityType; id: number } {
  const { type, id } = fromGlobalId(globalId, field);
  const entityType = entityTypeNamed(type);
  if (!entityType) throw badInput(otherType(type), field);
  return { typeName: type, entityType, id };
}
