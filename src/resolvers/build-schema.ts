import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ENTITIES } from '../entities';
import { Node } from '../entities/node';
import { RESOLVERS } from '.';
import { authChecker } from '../schema/auth';
import { DateTimeISO } from '../schema/date-time-scalar';
import { callFieldResolversDirectly } from '../schema/direct-field-resolvers';
import { readUnguardedFieldsPlainly } from '../schema/plain-fields';
import type { LeadPubSub } from '../live/pubsub';

/** The whole GraphQL schema, from the resolvers and the entities (every entity is a Node, so node(id) can return any of them). */
export async function buildSchema(pubSub: LeadPubSub): Promise<GraphQLSchema> {
  readUnguardedFieldsPlainly();
  const schema = await buildTypeGraphQLSchema({
    resolvers: RESOLVERS,
    orphanedTypes: ENTITIES.filter((entity) => entity.prototype instanceof Node),
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    validate: false,
    pubSub,
  });
  callFieldResolversDirectly(schema, RESOLVERS);
  return schema;
}
