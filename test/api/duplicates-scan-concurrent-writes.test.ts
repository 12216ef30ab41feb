import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { In } from 'typeorm';
import { Relation } from '../../src/entities';
import { RecordStatus, RelationKind } from '../../src/entities/enums';
import { scanDuplicates } from '../../src/quality/duplicates/scan-duplicates.service';
import { toGlobalId } from '../../src/schema/global-id';
import { crmServe } from '../support/crm-command';
import { startTestApp, type Actor, type TestApp } from '../support/test-app';

/**
 * A full scan while another process (`crm serve`) writes relations through the API. On SQLite both write the one
 * file: the scan's transactions take its write lock up front and leave it free between slices, so neither the scan
 * nor the other process's writes fail, and no write is lost.
 */
let app: TestApp;
let admin: Actor;
let server: { child: ChildProcessWithoutNullStreams; url: string };
const COMPANIES = 150;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN', 'North');
  server = await crmServe(app.databaseUrl);
});
afterAll(async () => {
  const exit = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exit;
  await app.close();
});

/** Companies typed in twice each, inserted around the API: the scan writes their keys and clusters. */
async function loadCompanies(): Promise<number[]> {
  const rows = Array.from({ length: COMPANIES }, (_, n) => {
    const regno = String(66_000_000 + n);
    const name = `Ribe ${n} Tømrer`;
    return [
      { name: `${name} ApS`, registrationNumber: regno, phone: `+4577${String(n).padStart(6, '0')}`, country: 'DK' },
      { name, registrationNumber: `DK${regno}`, country: 'DK', city: 'Ribe' },
    ];
  }).flat();
  const { identifiers } = await app.dataSource
    .getRepository(Relation)
    .insert(rows.map((row) => ({ ...row, kind: RelationKind.COMPANY, status: RecordStatus.ACTIVE })));
  return identifiers.map((identifier) => Number(identifier.id));
}

/** A GraphQL request to the other process; answers the data, or throws its errors. */
async function otherProcess(query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data!;
}

/**
 * Writes relations through the other process one after another until stopped: in turn it creates one and renames one
 * of `loaded` (each once); a failed write stops it. next() resolves once another write has answered.
 */
function startWriting(loaded: number[]) {
  const created: string[] = [];
  const renamed: number[] = [];
  const failures: string[] = [];
  let stopping = false;
  let finished = false;
  let wrote = () => {};
  const next = () => (finished ? Promise.resolve() : new Promise<void>((resolve) => (wrote = resolve)));
  const done = (async () => {
    for (let n = 0; !stopping && failures.length === 0 && renamed.length < loaded.length; n++) {
      try {
        if (n % 2 === 0) {
          const name = `Written ${n} A/S`;
          const { createRelations } = await otherProcess(
            'mutation($inputs: [RelationInput!]!) { createRelations(inputs: $inputs) { errors { message } } }',
            { inputs: [{ name, country: 'DK', phone: `+4566${String(n).padStart(6, '0')}` }] },
          );
          if (createRelations[0].errors.length) throw new Error(createRelations[0].errors[0].message);
          created.push(name);
        } else {
          const id = loaded[renamed.length];
          await otherProcess('mutation($input: UpdateRelationInput!) { updateRelation(input: $input) { id } }', {
            input: { id: toGlobalId('Relation', id), expectedVersion: 1, name: `Renamed ${id}` },
          });
          renamed.push(id);
        }
      } catch (error) {
        failures.push((error as Error).message);
      }
      wrote();
    }
    finished = true;
    wrote();
  })();
  return {
    next,
    async stop() {
      stopping = true;
      await done;
      return { created, renamed, failures };
    },
  };
}

it('completes while another process writes relations, and every write stands', async () => {
  const loaded = await loadCompanies();
  const writer = startWriting(loaded);
  await writer.next();
  // at every step the scan waits for another write, so that the writes go on throughout
  const scan = scanDuplicates(app.dataSource, {
    entityTypes: ['RELATION'],
    pageSize: 20,
    saveChunkSize: 5,
    onStep: () => writer.next(),
  });
  const [summary] = await scan.finally(() => writer.stop());
  const { created, renamed, failures } = await writer.stop();

  expect(failures).toEqual([]);
  expect(summary.records).toBeGreaterThanOrEqual(loaded.length);
  expect(summary.clusters).toBeGreaterThan(0);
  expect(created.length).toBeGreaterThan(10);
  const relations = app.dataSource.getRepository(Relation);
  const names = new Set((await relations.findBy({ name: In(created) })).map((relation) => relation.name));
  expect(created.filter((name) => !names.has(name))).toEqual([]);
  const stillNamed = (await relations.findBy({ id: In(renamed) })).filter((r) => r.name !== `Renamed ${r.id}`);
  expect(stillNamed).toEqual([]);
});
