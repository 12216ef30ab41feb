import 'reflect-metadata';
import { fork } from 'node:child_process';
import { openDatabase } from '../../src/db/open-database';
import { transaction } from '../../src/db/transaction';
import { Relation } from '../../src/entities';
import { UserRole } from '../../src/entities/enums';
import { findRecord } from '../../src/records/find-record';
import { createRelation, updateRelation } from '../../src/relations/relation.service';
import { toGlobalId } from '../../src/schema/global-id';
import { createUser } from '../../src/users/user.service';
import { generateRelations } from '../generate';
import { percentile, stopwatch } from './benchmark';

/** One read or write every this many milliseconds, one at a time: a user at work, not a load test. */
const PACE_MS = 50;

export interface SessionLatencies {
  reads: number;
  readMaxMs: number;
  readP99Ms: number;
  writes: number;
  writeMaxMs: number;
  writeP99Ms: number;
  errors: number;
  firstError: string | null;
  /** the slowest operations: when they began (ms after the session started) and how long they took */
  slowest: { kind: 'read' | 'write'; atMs: number; ms: number }[];
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { count: sorted.length, max: sorted[sorted.length - 1] ?? 0, p99: percentile(sorted, 99) ?? 0 };
};

/**
 * Another session's work on relations while a benchmark runs, in a process of its own with its own connections: in
 * turn it reads a random relation of ids 1..count as an admin, creates a generated relation, reads again, renames a
 * random one; each through the services the API uses (the writes with their match keys, clusters and findings).
 */
async function runSession(url: string, count: number): Promise<void> {
  const dataSource = await openDatabase(url);
  const { user } = await transaction(dataSource, ({ manager: m }) =>
    createUser(m, {
      email: 'concurrent-session@bench.example',
      name: 'Concurrent Session',
      role: UserRole.ADMIN,
      divisionName: 'North',
    }),
  );
  const newRelations = generateRelations({ count: 1_000_000, seed: 7 })[Symbol.iterator]();
  const randomId = () => toGlobalId('Relation', 1 + Math.floor(Math.random() * count));
  const reads: number[] = [];
  const writes: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const all: SessionLatencies['slowest'] = [];
  let stopping = false;
  process.once('message', () => (stopping = true));
  process.send!('ready');
  const sinceStart = stopwatch();
  for (let turn = 0; !stopping; turn++) {
    const write = turn % 2 === 1;
    const atMs = sinceStart();
    const clock = stopwatch();
    try {
      if (!write) await findRecord(dataSource.manager, user, Relation, randomId());
      else if (turn % 4 === 1) {
        const { fields } = newRelations.next().value!;
        await transaction(dataSource, user, (uow) => createRelation(uow, { ...fields, name: fields.name! }));
      } else {
        await transaction(dataSource, user, async (uow) => {
          const relation = await findRecord(uow.manager, user, Relation, randomId());
          await updateRelation(uow, toGlobalId('Relation', relation.id), relation.version, {
            name: `${relation.name} (renamed)`,
          });
        });
      }
    } catch (error) {
      errors += 1;
      firstError ??= (error as Error).message;
    }
    const ms = clock();
    (write ? writes : reads).push(ms);
    all.push({ kind: write ? 'write' : 'read', atMs, ms });
    await new Promise((resolve) => setTimeout(resolve, PACE_MS));
  }
  const r = summary(reads);
  const w = summary(writes);
  const latencies: SessionLatencies = {
    reads: r.count,
    readMaxMs: r.max,
    readP99Ms: r.p99,
    writes: w.count,
    writeMaxMs: w.max,
    writeP99Ms: w.p99,
    errors,
    firstError,
    slowest: all.sort((a, b) => b.ms - a.ms).slice(0, 3),
  };
  await dataSource.destroy();
  process.send!(latencies, () => process.exit(0));
}

/** Starts another session on the database (see runSession); stop() ends it and answers its latencies. */
export function startConcurrentSession(url: string, count: number): Promise<{ stop(): Promise<SessionLatencies> }> {
  const child = fork(__filename, [url, String(count)]);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`The concurrent session exited with ${code} before it answered`))),
  );
  exited.catch(() => undefined); // after the answer, the exit is expected
  const nextMessage = () => Promise.race([new Promise((resolve) => child.once('message', resolve)), exited]);
  return nextMessage().then(() => ({
    stop: () => {
      const answer = nextMessage();
      child.send('stop');
      return answer as Promise<SessionLatencies>;
    },
  }));
}

if (require.main === module) {
  const [url, count] = process.argv.slice(2);
  runSession(url, Number(count)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
