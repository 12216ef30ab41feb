import type { DataSource } from 'typeorm';
import { usesMysql } from './dialect';
import { transaction } from './transaction';
import type { UnitOfWork } from './unit-of-work';

/** SQLite's busy handler sleeps at most this long between its tries for the write lock. */
const LONGEST_BUSY_SLEEP_MS = 100;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A transaction among many in a row (a scan's slices). SQLite has one write lock per file, which another process's
 * writer waits for by polling in its busy handler: work that takes the lock again right after each commit can keep
 * that writer waiting through slice after slice. So on SQLite the lock is then left free as long as it was held, up to
 * the busy handler's longest sleep: a waiting writer's next try finds it free. MySQL queues lock waiters: no pause.
 */
export async function transactionGivingWay<T>(
  dataSource: DataSource,
  work: (uow: UnitOfWork<null>) => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const result = await transaction(dataSource, work);
  if (!usesMysql) await pause(Math.min(performance.now() - started, LONGEST_BUSY_SLEEP_MS));
  return result;
}
