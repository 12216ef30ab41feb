import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Actor } from '../schema/access';
import { apiError } from '../schema/errors';
import { usesMysql } from './dialect';
import { UnitOfWork } from './unit-of-work';

let sqliteQueue: Promise<unknown> = Promise.resolve();

/**
 * A transaction that lost to a concurrent one and may succeed from the start: InnoDB's deadlock victim, a lock
 * wait that timed out, MariaDB's snapshot-isolation "record has changed since last read" (its serialization
 * failure), and SQLite's database locked by another process beyond the busy timeout (or, for a read outside a
 * transaction, SQLite's extended codes such as SQLITE_BUSY_SNAPSHOT).
 */
const CONTENTION_ERRORS = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_CHECKREAD']);
const isContention = (code: string) => CONTENTION_ERRORS.has(code) || code.startsWith('SQLITE_BUSY');
/** Four attempts did not carry twenty conversions at once on MariaDB (issue 11); eight pause at most 1.4 s in all. */
export const MAX_ATTEMPTS = 8;
/** A lock wait timeout and SQLite's busy timeout come after a long wait already (50 s and 5 s): one more try. */
const AFTER_WAITING = new Set(['ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY']);
const attemptsFor = (reason: string) => (AFTER_WAITING.has(reason) ? 2 : MAX_ATTEMPTS);
const FIRST_PAUSE_MS = 10;
const LONGEST_PAUSE_MS = 400;

/**
 * Work that lost a race to a transaction that has committed since (another created the same unique row) throws
 * this: a new transaction sees the winner's row and can go on.
 */
export class RunAgain extends Error {}

/** Why work lost a race, looking through errors that wrap another as their cause; null when it did not. */
function contentionOf(error: unknown): string | null {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 10; cause = cause.cause, depth += 1) {
    if (cause instanceof RunAgain) return 'RUN_AGAIN';
    const code = (cause as { driverError?: { code?: string } }).driverError?.code ?? (cause as { code?: unknown }).code;
    if (typeof code === 'string' && isContention(code)) return code;
  }
  return null;
}

/** MySQL's answer to an INSERT of a unique value another transaction holds. */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === 'ER_DUP_ENTRY';
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const immediateRunners = new WeakSet<QueryRunner>();

/**
 * SQLite: a query runner whose transactions begin IMMEDIATE, taking the file's write lock up front and waiting for it
 * (busy timeout). TypeORM begins them DEFERRED: the lock is then taken at the first write, and when another process
 * holds it or has committed since the transaction's first read, that upgrade fails at once with SQLITE_BUSY, which
 * no busy timeout waits out.
 */
function immediateRunner(dataSource: DataSource): QueryRunner {
  // better-sqlite3's driver hands out one runner for good: wrap it once, not again per transaction
  const runner = dataSource.createQueryRunner();
  if (immediateRunners.has(runner)) return runner;
  immediateRunners.add(runner);
  const query = runner.query.bind(runner);
  runner.query = ((sql: string, ...rest: []) =>
    query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest)) as QueryRunner['query'];
  return runner;
}

/** One transaction: on MySQL as TypeORM begins it, on SQLite IMMEDIATE (immediateRunner). */
async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (usesMysql) return dataSource.transaction(work);
  const runner = immediateRunner(dataSource);
  try {
    return await runner.manager.transaction(work);
  } finally {
    await runner.release();
  }
}

/**
 * Runs work in one transaction, as one UnitOfWork for the actor given (none: the system's own work). SQLite has a
 * single connection that TypeORM shares between callers, so its transactions are queued one after another (and begin IMMEDIATE); MySQL
 * gives each its own pooled connection. A transaction that lost to a concurrent one (a deadlock, work that throws
 * RunAgain, also as the cause of another error) runs again from the start with a new UnitOfWork, up to MAX_ATTEMPTS
 * times with growing random pauses (after a lock wait timeout once), then fails with BUSY: nothing was written. Work
 * must therefore be repeatable: everything it does goes through the unit of work it is given. Its after-commit work
 * runs once the transaction has committed.
 */
export function transaction<T>(dataSource: DataSource, work: (uow: UnitOfWork<null>) => Promise<T>): Promise<T>;
export function transaction<T, A extends Actor>(
  dataSource: DataSource,
  actor: A,
  work: (uow: UnitOfWork<A>) => Promise<T>,
): Promise<T>;
export function transaction<T>(
  dataSource: DataSource,
  ...args: [(uow: UnitOfWork<null>) => Promise<T>] | [Actor, (uow: UnitOfWork<Actor>) => Promise<T>]
): Promise<T> {
  const [actor, work] = (args.length === 1 ? [null, args[0]] : args) as [Actor | null, (uow: UnitOfWork) => Promise<T>];
  const run = async () => {
    let uow: UnitOfWork | undefined;
    const result = await inTransaction(dataSource, (manager) => work((uow = new UnitOfWork(manager, actor))));
    uow!.committed();
    return result;
  };
  const attempt = () => withRetries(run);
  if (usesMysql) return attempt();
  const next = sqliteQueue.then(attempt, attempt);
  sqliteQueue = next.catch(() => undefined);
  return next;
}

async function withRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      const reason = contentionOf(error);
      if (reason === null) throw error;
      if (attempt >= attemptsFor(reason)) throw busy(reason, attempt, error);
      // full jitter: the losers of one collision spread out instead of colliding again
      await pause(Math.random() * Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** attempt));
    }
  }
}

function busy(reason: string, attempts: number, cause: unknown) {
  const error = apiError(
    'BUSY',
    `Concurrent changes to the same records kept colliding with this one (${attempts} attempts); nothing was changed, send it again`,
    { reason, attempts },
  );
  return Object.assign(error, { cause });
}
