import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** The API's schema as committed (schema.graphql at the repository's root, beside dist/). */
export function apiSchemaSdl(): string {
  for (const dir of [path.join(__dirname, '../..'), path.join(__dirname, '../../..')]) {
    const file = path.join(dir, 'schema.graphql');
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  throw new Error(`schema.graphql not found above ${__dirname}`);
}

/**
 * The API's schema answering from memory: every top-level field of `data` (the
 * `data` of one of the API's answers) is resolved to what the API answered, the
 * rest by graphql-js's default resolvers. Interfaces such as Node find their
 * type by the `__typename` the answer carries, so a query through one must ask for it.
 */
export function memoryTwinSchema(sdl: string, data: Record<string, unknown>): GraphQLSchema {
  const schema = buildSchema(sdl);
  const fields = schema.getQueryType()!.getFields();
  for (const [name, value] of Object.entries(data)) {
    if (!fields[name]) throw new Error(`Query has no field ${name}`);
    fields[name].resolve = () => value;
  }
  return schema;
}
