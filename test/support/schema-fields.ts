import 'reflect-metadata';
import type { GraphQLObjectType } from 'graphql';
import { createMemoryPubSub } from '../../src/live/pubsub';
import { buildSchema } from '../../src/resolvers/build-schema';

/** The fields of each object type of the API's schema, as buildSchema makes it. */
export async function schemaFields(): Promise<(type: string) => ReturnType<GraphQLObjectType['getFields']>> {
  const schema = await buildSchema(createMemoryPubSub());
  return (type) => (schema.getType(type) as GraphQLObjectType).getFields();
}
