import 'reflect-metadata';
import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../../src/config';
import { openDatabase } from '../../src/db/open-database';
import { transaction } from '../../src/db/transaction';
import type { User } from '../../src/entities';
import { UserRole } from '../../src/entities/enums';
import { createLogger } from '../../src/logger';
import { buildSchema } from '../../src/resolvers/build-schema';
import { openPubSub } from '../../src/live/pubsub';
import { startServer, type RunningServer } from '../../src/server';
import { createUser } from '../../src/users/user.service';
import { freshDatabaseUrl } from './database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface Actor {
  user: User;
  token: string;
  /** the user's global id */
  id: string;
  divisionId: string | null;
}

export interface TestApp {
  url: string;
  /** the fresh database's DATABASE_URL, for a `crm` process to share it */
  databaseUrl: string;
  baseUrl: string;
  dataSource: DataSource;
  server: RunningServer;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  actor(role: UserRole | keyof typeof UserRole, division?: string | null): Promise<Actor>;
  close(): Promise<void>;
}

let userCount = 0;

/**
 * A real server on a free port over a fresh database (or overrides.databaseUrl's, for a second instance), as a
 * client sees it. With REDIS_URL its lead events go through Redis on channels of its own unless told otherwise.
 */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const databaseUrl = overrides.databaseUrl ?? (await freshDatabaseUrl());
  const defaults = { port: 0, redisChannelPrefix: `crm-test-${crypto.randomUUID()}:` };
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: databaseUrl }), ...defaults, ...overrides };
  const dataSource = await openDatabase(databaseUrl);
  const logger = createLogger('silent');
  const pubSub = await openPubSub(config, logger);
  const server = await startServer(config, dataSource, await buildSchema(pubSub), logger, pubSub);
  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json() as never;
  };
  return {
    url: server.url,
    databaseUrl,
    baseUrl: server.url.replace(/\/graphql$/, ''),
    dataSource,
    server,
    gql,
    async actor(role, division = 'North') {
      userCount += 1;
      const { user, token } = await transaction(dataSource, ({ manager: m }) =>
        createUser(m, {
          email: `user${userCount}-${Date.now()}@test.example`,
          name: `Test ${role} ${userCount}`,
          role,
          divisionName: division,
        }),
      );
      const me = await gql<{ me: { id: string; division: { id: string } | null } }>(
        '{ me { id division { id } } }',
        {},
        token,
      );
      return { user, token, id: me.data!.me.id, divisionId: me.data!.me.division?.id ?? null };
    },
    async close() {
      await server.close();
      await dataSource.destroy();
    },
  };
}

/** The data of a response that must have no errors. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length)
    throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data as T;
}

/** The one error code of a response that must fail. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
