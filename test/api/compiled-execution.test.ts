/**
 * Queries run compiled by graphql-jit (src/schema/compiled-execution.ts) answer what graphql-js answers, data and
 * errors alike, over a real database; each document is compiled once, and what graphql-jit does not run compiled
 * (mutations, variables graphql-js refuses) graphql-js runs.
 */
import { execute, getOperationAST, parse, type ExecutionResult, type GraphQLError } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { PAGE_QUERY } from '../../bench/api-throughput.bench';
import { loadConfig, type Config } from '../../src/config';
import type { User } from '../../src/entities';
import { createMemoryPubSub } from '../../src/live/pubsub';
import { buildSchema } from '../../src/resolvers/build-schema';
import { compiledExecution } from '../../src/schema/compiled-execution';
import { createContext } from '../../src/schema/context';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let config: Config;
let north: Actor;
let south: Actor;
let southLead: string;
let northLead: string;
let schema: Awaited<ReturnType<typeof buildSchema>>;

beforeAll(async () => {
  app = await startTestApp();
  config = loadConfig({ ...process.env, DATABASE_URL: app.databaseUrl });
  schema = await buildSchema(createMemoryPubSub());
  north = await app.actor('SALES', 'North');
  south = await app.actor('SALES', 'South');
  const create = (actor: Actor, lastName: string) =>
    app.gql<{ createLead: { id: string } }>(
      'mutation($n: String!) { createLead(input: { lastName: $n, email: "x@firma.dk", tags: ["webinar", "fair"] }) { id } }',
      { n: lastName },
      actor.token,
    );
  for (let i = 0; i < 3; i++) northLead = ok(await create(north, `North ${i}`)).createLead.id;
  southLead = ok(await create(south, 'South')).createLead.id;
  ok(await app.gql('mutation($id: ID!) { takeLead(leadId: $id) { id } }', { id: southLead }, south.token));
});

afterAll(() => app.close());

/** An answer as Apollo sends it: each error's message, locations, path and extensions. */
function answer(result: ExecutionResult): string {
  const errors = result.errors?.map((error: GraphQLError) => ({ ...error.toJSON(), extensions: error.extensions }));
  return JSON.stringify({ errors, data: result.data });
}

function runners() {
  let compilations = 0;
  const gateway = compiledExecution(schema, (...args) => {
    compilations += 1;
    return compileQuery(...args);
  });
  return { gateway, compilations: () => compilations };
}

async function both(
  executor: NonNullable<Awaited<ReturnType<ReturnType<typeof compiledExecution>['load']>>['executor']>,
  query: string,
  user: User | null,
  variables: Record<string, unknown> = {},
) {
  const document = parse(query);
  const operation = getOperationAST(document);
  const compiled = await executor({
    document,
    operation,
    operationName: operation?.name?.value ?? null,
    request: { variables },
    context: createContext(app.dataSource, user, config),
  } as never);
  const plain = await execute({
    schema,
    document,
    contextValue: createContext(app.dataSource, user, config),
    variableValues: variables,
  });
  return { compiled: answer(compiled), plain: answer(plain), document, operation };
}

const CASES: { name: string; query: string; as: () => User | null; variables?: () => Record<string, unknown> }[] = [
  { name: 'the page of leads, by a SALES user', query: PAGE_QUERY, as: () => north.user },
  {
    name: 'a node through fragments, and one of another division (FORBIDDEN)',
    query:
      'query($own: ID!, $other: ID!) { me { name role } own: nodes(ids: [$own]) { __typename ...F } other: node(id: $other) { ...F } } fragment F on Lead { id lastName tags { name } owner { name } }',
    as: () => north.user,
    variables: () => ({ own: northLead, other: southLead }),
  },
  {
    name: 'a list with its count, cursors and owners',
    query:
      '{ leads(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id owner { name email } } } } }',
    as: () => south.user,
  },
  {
    name: 'no user (UNAUTHENTICATED)',
    query: '{ leads(first: 1) { totalCount } }',
    as: () => null,
  },
  {
    name: 'a page too large (BAD_USER_INPUT from the resolver)',
    query: 'query($n: Int) { leads(first: $n) { totalCount } }',
    as: () => north.user,
    variables: () => ({ n: 100_000 }),
  },
  {
    name: "an input left empty for its fields' defaults, which graphql-jit refuses and graphql-js takes",
    query: 'query($o: LeadOrder) { leads(first: 2, orderBy: $o) { edges { node { lastName } } } }',
    as: () => north.user,
    variables: () => ({ o: {} }),
  },
  {
    name: 'a variable graphql-js refuses (BAD_USER_INPUT), run by graphql-js',
    query: 'query($n: Int) { leads(first: $n) { totalCount } }',
    as: () => north.user,
    variables: () => ({ n: 'ten' }),
  },
];

describe('queries compiled by graphql-jit', () => {
  it.each(CASES)('answer what graphql-js answers: $name', async ({ query, as, variables }) => {
    const { executor } = await runners().gateway.load({ apollo: {} as never });
    const { compiled, plain } = await both(executor!, query, as(), variables?.());
    expect(compiled).toBe(plain);
  });

  it('answers errors with their codes', async () => {
    const { executor } = await runners().gateway.load({ apollo: {} as never });
    const { compiled } = await both(executor!, CASES[1].query, north.user, CASES[1].variables!());
    const { errors, data } = JSON.parse(compiled);
    expect(errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(data.own[0].lastName).toBe('North 2');
    expect(data.other).toBeNull();
  });

  it('compiles a document once, and a mutation not at all', async () => {
    const { gateway, compilations } = runners();
    const { executor } = await gateway.load({ apollo: {} as never });
    const document = parse(PAGE_QUERY);
    const request = {
      document,
      operation: getOperationAST(document),
      operationName: 'Page',
      request: { variables: {} },
      context: createContext(app.dataSource, north.user, config),
    };
    const first = answer(await executor!(request as never));
    const second = answer(
      await executor!({ ...request, context: createContext(app.dataSource, north.user, config) } as never),
    );
    expect(second).toBe(first);
    expect(compilations()).toBe(1);

    await both(
      executor!,
      'mutation { createLead(input: { lastName: "Later", email: "later@firma.dk" }) { id } }',
      north.user,
    );
    expect(compilations()).toBe(1);
  });
});
