import type { DataSource, EntityManager } from 'typeorm';
import { usesMysql } from './dialect';

const commitHooks = new WeakMap<EntityManager, (() => void)[]>();
let sqliteQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs work in one transaction. SQLite has a single connection that TypeORM
 * shares between callers, so its transactions are queued one after another;
 * MySQL gives each its own pooled connection.
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
  if (usesMysql) return run();
  const next = sqliteQueue.then(run, run);
  sqliteQueue = next.catch(() => undefined);
  return next;
}

/** Runs fn once the transaction of this manager has committed; never when it rolls back. */
export function afterCommit(manager: EntityManager, fn: () => void): void {
  const hooks = commitHooks.get(manager);
  if (!hooks) throw new Error('afterCommit needs a manager from transaction()');
  hooks.push(fn);
}
