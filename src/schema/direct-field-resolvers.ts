import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type ParamKind = 'root' | 'context' | 'info';
type Method = (...params: unknown[]) => unknown;
type Class = abstract new (...params: never[]) => unknown;

/**
 * Calls each field resolver that takes only its record, the context and the info, and that no role or middleware
 * guards, straight from the schema. type-graphql's own wrapper sorts the parameter list, builds a resolver-data object
 * and runs an empty middleware chain on every call: for a page of 50 leads with owner, relation and tags that is 150
 * calls. A record that is not yet of the field's class still goes through type-graphql, which converts it. The schema
 * is built without global middlewares (build-schema.ts); one added there would have to be honoured here too.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolvers: readonly Class[]): void {
  const storage = getMetadataStorage();
  const instances = new Map<unknown, Record<string, Method>>();
  // a resolver class of the schema, or an abstract one such a class extends (record-fields.resolver.ts)
  const inUse = (target: object) =>
    resolvers.some((r) => r === target || Object.prototype.isPrototypeOf.call(target, r));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const matching = storage.fieldResolvers.filter(
        (it) =>
          it.kind === 'external' &&
          inUse(it.target) &&
          it.getObjectType?.() === field.target &&
          it.methodName === field.name,
      );
      // more than one (a subclass overriding a method): type-graphql's choice stands
      const metadata = matching.length === 1 ? matching[0] : undefined;
      const params = [...(metadata?.params ?? [])].sort((a, b) => a.index - b.index);
      const plain = params.every(
        (p) =>
          (p.kind === 'root' || p.kind === 'context' || p.kind === 'info') && !('propertyName' in p && p.propertyName),
      );
      // roles of [] still mean "signed in" (@Authorized())
      if (!metadata || !plain || metadata.roles !== undefined || metadata.middlewares?.length) continue;
      const target = metadata.target as new () => Record<string, Method>;
      const instance = instances.get(target) ?? instances.set(target, new target()).get(target)!;
      const schemaField = fields[field.schemaName];
      schemaField.resolve = direct(
        instance,
        metadata.methodName,
        params.map((p) => p.kind as ParamKind),
        objectType.target as Class,
        schemaField.resolve!,
      );
    }
  }
}

const directResolvers = new WeakSet<GraphQLFieldResolver<unknown, unknown>>();

/** Whether a field's resolve function is one callFieldResolversDirectly made. */
export const isCalledDirectly = (resolve: GraphQLFieldResolver<unknown, unknown> | undefined): boolean =>
  !!resolve && directResolvers.has(resolve);

function direct(
  instance: Record<string, Method>,
  methodName: string,
  kinds: readonly ParamKind[],
  recordClass: Class,
  wrapped: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  const method = instance[methodName];
  const resolve: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) => {
    if (!(root instanceof recordClass)) return wrapped(root, args, context, info);
    const values = kinds.map((kind) => (kind === 'root' ? root : kind === 'context' ? context : info));
    return method.apply(instance, values);
  };
  directResolvers.add(resolve);
  return resolve;
}
