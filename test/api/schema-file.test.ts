import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema } from '../../src/resolvers/build-schema';
import { createMemoryPubSub } from '../../src/live/pubsub';

describe('schema.graphql', () => {
  it('is the SDL of the current schema (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    expect(committed).toBe(printSchema(await buildSchema(createMemoryPubSub())) + '\n');
  });
});
