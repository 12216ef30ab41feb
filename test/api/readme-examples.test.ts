import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  Kind,
  OperationTypeNode,
  parse,
  print,
  validate,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { seedDemoData } from '../../src/seed/seed.service';
import { transaction } from '../../src/db/transaction';
import { startTestApp, type TestApp } from '../support/test-app';

const ROOT = path.resolve(__dirname, '../..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** An example runs as the demo user its block's last `# as … (e-mail)` comment before it names, else as this one. */
const DEFAULT_USER = 'sales.cph@demo.example';

interface Example {
  line: number;
  user: string;
  operation: OperationDefinitionNode;
}

/** Every operation of the README's ```graphql blocks, in reading order, with the user it runs as. */
function readmeExamples(): Example[] {
  const examples: Example[] = [];
  for (const block of README.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    const text = block[1];
    const firstLine = README.slice(0, block.index).split('\n').length + 1;
    for (const definition of parse(text).definitions) {
      const start = definition.loc!.start;
      const users = [...text.slice(0, start).matchAll(/# as .*\((\S+@\S+)\)/g)];
      examples.push({
        line: firstLine + text.slice(0, start).split('\n').length - 1,
        user: users.length ? users[users.length - 1][1] : DEFAULT_USER,
        operation: definition as OperationDefinitionNode,
      });
    }
  }
  return examples;
}

/** The GraphQL the README's `curl … /graphql` examples send. */
function curlQueries(): string[] {
  return [...README.matchAll(/curl -s http:\/\/localhost:4000\/graphql[^\n]*\\\n\s*-d '([^']*)'/g)].map(
    (m) => (JSON.parse(m[1]) as { query: string }).query,
  );
}

describe("the README's examples, run as written in sequence on the demo data", () => {
  let app: TestApp;
  let tokens: Map<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    const seeded = await transaction(app.dataSource, (uow) => seedDemoData(uow));
    tokens = new Map(seeded.map((s) => [s.email, s.token]));
  });
  afterAll(() => app.close());

  it('finds the examples', () => {
    expect(readmeExamples().length).toBeGreaterThanOrEqual(20);
    expect(curlQueries()).toHaveLength(1);
  });

  it('the curl example answers', async () => {
    for (const query of curlQueries()) {
      const { errors, data } = await app.gql(query, {}, tokens.get(DEFAULT_USER));
      expect(errors).toBeUndefined();
      expect(data).not.toBeNull();
    }
  });

  it('every query and mutation answers without errors, and every mutation changes something', async () => {
    const failures: string[] = [];
    const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
    for (const { line, user, operation } of readmeExamples()) {
      const where = `README.md:${line} (as ${user})`;
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation] };
      if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
        failures.push(...validate(schema, document).map((e) => `${where}: ${e.message}`));
        continue;
      }
      const token = tokens.get(user);
      if (!token) {
        failures.push(`${where}: no demo user ${user}`);
        continue;
      }
      const { data, errors } = await app.gql(print(document), {}, token);
      if (errors) failures.push(`${where}: ${errors.map((e) => `${e.extensions?.code} ${e.message}`).join('; ')}`);
      else if (operation.operation === OperationTypeNode.MUTATION) {
        for (const [field, value] of Object.entries(data ?? {})) {
          if (value === null || (Array.isArray(value) && value.length === 0))
            failures.push(`${where}: ${field} answered ${JSON.stringify(value)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
