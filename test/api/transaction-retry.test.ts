import { createConnection, type Connection } from 'mysql2/promise';
import type { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../../ormconfig';
import { usesMysql } from '../../src/db/dialect';
import { MAX_ATTEMPTS, RunAgain, transaction } from '../../src/db/transaction';
import type { UnitOfWork } from '../../src/db/unit-of-work';
import { Division } from '../../src/entities';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
/** On MySQL a second session that takes part in real deadlocks with the transaction under test. */
let rival: Connection | null = null;
/** On SQLite a second connection to the file, to hold its write lock. */
let lockHolder: DataSource | null = null;
let rows: number[];

beforeAll(async () => {
  app = await startTestApp();
  if (usesMysql) rival = await createConnection(app.databaseUrl);
  else lockHolder = await createDataSource(app.databaseUrl).initialize();
  const divisions = await app.dataSource
    .getRepository(Division)
    .save(['Lock A', 'Lock B', 'Lock C'].map((name) => ({ name })));
  rows = divisions.map((division) => division.id);
});
afterAll(async () => {
  await rival?.end();
  await lockHolder?.destroy();
  await app.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes the transaction of manager lose to a concurrent one. On MySQL a real deadlock: the rival changes rows B
 * and C, the transaction locks A and waits for B, the rival then waits for A; InnoDB gives up the lighter
 * transaction, ours. On SQLite, whose transactions run one at a time, the work reports the lost race with RunAgain.
 */
async function loseToRival(manager: EntityManager): Promise<never> {
  if (!rival) throw new RunAgain('Another transaction created the row meanwhile');
  const [a, b, c] = rows;
  await rival.query('BEGIN');
  await rival.query('UPDATE division SET name = CONCAT(name, ?) WHERE id IN (?, ?)', ['.', b, c]);
  await manager.query('SELECT id FROM division WHERE id = ? FOR UPDATE', [a]);
  const waiting = manager.query('SELECT id FROM division WHERE id = ? FOR UPDATE', [b]);
  await pause(50);
  const rivalWaiting = rival.query('UPDATE division SET name = name WHERE id = ?', [a]);
  const [ours] = await Promise.allSettled([waiting, rivalWaiting]);
  await rival.query('ROLLBACK');
  if (ours.status === 'rejected') throw ours.reason;
  throw new Error('InnoDB gave up the rival instead of the transaction under test');
}

const expectedReason = usesMysql ? 'ER_LOCK_DEADLOCK' : 'RUN_AGAIN';

/** Writes a division named label, then loses on the attempts listed; counts the attempts. */
function work(label: string, losing: (attempt: number) => boolean, wrap = false) {
  const attempts = { count: 0 };
  const run = async ({ manager }: UnitOfWork) => {
    attempts.count += 1;
    await manager.save(manager.create(Division, { name: `${label} ${attempts.count}` }));
    if (!losing(attempts.count)) return attempts.count;
    try {
      return await loseToRival(manager);
    } catch (error) {
      if (!wrap) throw error;
      throw new Error('The step failed', { cause: error });
    }
  };
  return { attempts, run };
}

const divisionsNamed = async (label: string) =>
  (await app.dataSource.getRepository(Division).find({ order: { id: 'ASC' } }))
    .map((division) => division.name)
    .filter((name) => name.startsWith(label));

describe('a transaction that loses to a concurrent one', () => {
  it('runs again from the start, and what the lost attempts wrote is gone', async () => {
    const { attempts, run } = work('Twice', (attempt) => attempt <= 2);
    await expect(transaction(app.dataSource, run)).resolves.toBe(3);
    expect(attempts.count).toBe(3);
    expect(await divisionsNamed('Twice')).toEqual(['Twice 3']);
  });

  it('runs again when the lost race is the cause of the error the work throws', async () => {
    const { attempts, run } = work('Wrapped', (attempt) => attempt === 1, true);
    await expect(transaction(app.dataSource, run)).resolves.toBe(2);
    expect(attempts.count).toBe(2);
    expect(await divisionsNamed('Wrapped')).toEqual(['Wrapped 2']);
  });

  it(`answers BUSY, not the database's message, when it loses ${MAX_ATTEMPTS} times; nothing is written`, async () => {
    const { attempts, run } = work('Always', () => true);
    const error = await transaction(app.dataSource, run).then(
      () => null,
      (thrown: unknown) => thrown as { message: string; extensions?: Record<string, unknown> },
    );
    expect(error?.extensions).toMatchObject({ code: 'BUSY', reason: expectedReason, attempts: MAX_ATTEMPTS });
    expect(error?.message).toMatch(/nothing was changed, send it again/);
    expect(error?.message).not.toMatch(/deadlock|restarting/i);
    expect(attempts.count).toBe(MAX_ATTEMPTS);
    expect(await divisionsNamed('Always')).toEqual([]);
  });

  it('runs the after-commit work of the attempt that commits, once, and none of the lost attempts', async () => {
    const { run } = work('Committed', (attempt) => attempt <= 2);
    const ran: number[] = [];
    let attempt = 0;
    const result = await transaction(app.dataSource, (uow) => {
      const mine = ++attempt;
      uow.afterCommit(() => ran.push(mine));
      return run(uow);
    });
    expect(result).toBe(3);
    expect(ran).toEqual([3]);
  });
});

/** MySQL: another session holds a row the transaction under test then waits for, one second at most. */
async function waitForLockedRow(manager: EntityManager): Promise<void> {
  await rival!.query('BEGIN');
  await rival!.query('UPDATE division SET name = name WHERE id = ?', [rows[0]]);
  try {
    await manager.query('SET SESSION innodb_lock_wait_timeout = 1');
    await manager.query('UPDATE division SET name = name WHERE id = ?', [rows[0]]);
  } finally {
    await manager.query('SET SESSION innodb_lock_wait_timeout = DEFAULT');
    await rival!.query('ROLLBACK');
  }
}

/** SQLite: another connection holds the file's write lock while `run` waits for it 200 ms at most. */
async function withFileLocked<T>(run: () => Promise<T>): Promise<T> {
  await lockHolder!.query('BEGIN IMMEDIATE');
  await app.dataSource.query('PRAGMA busy_timeout = 200');
  try {
    return await run();
  } finally {
    await app.dataSource.query('PRAGMA busy_timeout = 5000');
    await lockHolder!.query('ROLLBACK');
  }
}

it('tries once more after a lock wait timeout, which waited long already, then answers BUSY', async () => {
  let attempts = 0;
  const attempt = () =>
    transaction(app.dataSource, async ({ manager }) => {
      attempts += 1;
      if (rival) await waitForLockedRow(manager);
      else await manager.save(manager.create(Division, { name: 'Locked out' }));
    });
  const error = await (rival ? attempt() : withFileLocked(attempt)).then(
    () => null,
    (thrown: unknown) => thrown as { extensions?: Record<string, unknown> },
  );
  expect(error?.extensions).toMatchObject({
    code: 'BUSY',
    reason: usesMysql ? 'ER_LOCK_WAIT_TIMEOUT' : 'SQLITE_BUSY',
    attempts: 2,
  });
  // SQLite's transactions begin IMMEDIATE: they wait for the write lock before their work runs
  expect(attempts).toBe(usesMysql ? 2 : 0);
  expect(await divisionsNamed('Locked out')).toEqual([]);
});

it('leaves the connection as it found it: after 20,000 transactions in a row a query still answers', async () => {
  for (let n = 0; n < 20_000; n += 1) await transaction(app.dataSource, async () => undefined);
  expect(await app.dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
});
