import { entityTypeNamed, type EntityType } from '../entities/record-types';
import { badInput } from '../schema/errors';
import { fromGlobalId, idOf } from '../schema/global-id';

/** The record type a global id names, when it is a lead, relation or contact; BAD_USER_INPUT for any other. */
export function recordTypeOf(globalId: string, field: string): { entityType: EntityType; typeName: string } {
  const { type } = fromGlobalId(globalId, field);
  const entityType = entityTypeNamed(type);
  if (!entityType) throw badInput(`${field} must be the id of a relation, contact or lead, not of a ${type}`, field);
  return { entityType, typeName: type };
}

/** A relation's, contact's or lead's global id, decoded; BAD_USER_INPUT for any other. */
export function recordIdOf(globalId: string, field: string): { typeName: string; entityType: EntityType; id: number } {
  const { entityType, typeName } = recordTypeOf(globalId, field);
  return { typeName, entityType, id: idOf(typeName, globalId, field) };
}
