import type { DataSource, EntityManager } from 'typeorm';
import { usesMysql } from './dialect';

const commitHooks = new WeakMap<EntityManager, (() => void)[]>();
let sqliteQueue: Promise<unknown> = Promise.resolve();

/** InnoDB gives up one of two transactions that wait on each other; running it again is the documented remedy. */
const RETRIED_MYSQL_ERRORS = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const MAX_ATTEMPTS = 4;

/**
 * Work that lost a race to a transaction that has committed since (another created the same unique row) throws
 * this: a new transaction sees the winner's row and can go on.
 */
export class RunAgain extends Error {}

function isRetryable(error: unknown): boolean {
  if (error instanceof RunAgain) return true;
  const code = (error as { driverError?: { code?: string } }).driverError?.code;
  return code !== undefined && RETRIED_MYSQL_ERRORS.has(code);
}

/** MySQL's answer to an INSERT of a unique value another transaction holds. */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === 'ER_DUP_ENTRY';
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs work in one transaction. SQLite has a single connection that TypeORM
 * shares between callers, so its transactions are queued one after another;
 * MySQL gives each its own pooled connection and runs a transaction again when
 * InnoDB chose it as a deadlock victim. On both, work that throws RunAgain runs
 * again. Work must therefore be repeatable: everything it does goes through the
 * manager it is given.
 */
export function transaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const run = async () => {
    const hooks: (() => void)[] = [];
    const result = await dataSource.transaction(async (manager) => {
      commitHooks.set(manager, hooks);
      return work(manager);
    });
    for (const hook of hooks) hook();
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
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      await pause(10 * attempt + Math.random() * 20 * attempt);
    }
  }
}

/** Runs fn once the transaction of this manager has committed; never when it rolls back. */
export function afterCommit(manager: EntityManager, fn: () => void): void {
  const hooks = commitHooks.get(manager);
  if (!hooks) throw new Error('afterCommit needs a manager from transaction()');
  hooks.push(fn);
}
