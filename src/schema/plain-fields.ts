import { getMetadataStorage } from 'type-graphql';

/**
 * Marks every object field that no @Authorized and no middleware guards as type-graphql's `simple`: the schema then
 * reads it off its record as graphql-js's default resolver does, without a resolver of type-graphql's own around it
 * (an allocation and a middleware pass for each field of each record of a page). A guarded field keeps its resolver
 * and its check; so does a field renamed in the schema, whose property the default resolver would not find.
 */
export function readUnguardedFieldsPlainly(): void {
  const storage = getMetadataStorage();
  const guarded = (target: unknown, name: string) =>
    storage.authorizedResolver.some((rule) => rule.target === target) ||
    storage.resolverMiddlewares.some((rule) => rule.target === target) ||
    storage.authorizedFields.some((rule) => rule.target === target && rule.fieldName === name) ||
    storage.middlewares.some((rule) => rule.target === target && rule.fieldName === name);
  for (const field of storage.fields)
    if (field.simple === undefined && field.name === field.schemaName && !guarded(field.target, field.name))
      field.simple = true;
}
