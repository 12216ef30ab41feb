import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';
import { apiError } from '../schema/errors';
import { boundedStatement, isStatementTimeout } from './dialect';

/** The database time of one API request: each read statement's, and for a query operation all its statements'. */
interface Budget {
  timeoutMs: number;
  arrivedAt: number;
  /** when a read must have done its database work; mutations have none (their bulk ones commit batch by batch) */
  deadline: number;
}

const budgets = new AsyncLocalStorage<Budget>();
const bounded = new WeakSet<QueryRunner>();

const timedOut = (timeoutMs: number) =>
  apiError(
    'TIMED_OUT',
    `This request used up its ${timeoutMs} ms of database time; ask for less (fewer records, fewer totalCounts, a narrower filter)`,
  );

/** Runs next (the rest of a request's handling) with a database budget of timeoutMs. */
export function withStatementBudget<T>(timeoutMs: number, next: () => T): T {
  return budgets.run({ timeoutMs, arrivedAt: Date.now(), deadline: Infinity }, next);
}

/** The current request only reads: its statements together, not only each, must end within its budget. */
export function endReadsAtBudget(): void {
  const budget = budgets.getStore();
  if (budget) budget.deadline = budget.arrivedAt + budget.timeoutMs;
}

function boundQueries(runner: QueryRunner, databaseType: string): QueryRunner {
  if (bounded.has(runner)) return runner;
  bounded.add(runner);
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = (async (sql: string, ...rest: unknown[]) => {
    const budget = budgets.getStore();
    if (!budget) return query(sql, ...rest);
    const left = Math.min(budget.timeoutMs, budget.deadline - Date.now());
    if (left <= 0) throw timedOut(budget.timeoutMs);
    try {
      return await query(boundedStatement(sql, left, databaseType), ...rest);
    } catch (error) {
      throw isStatementTimeout(error) ? timedOut(budget.timeoutMs) : error;
    }
  }) as QueryRunner['query'];
  return runner;
}

/**
 * Every statement a request runs through this data source is held to the request's time left: MariaDB and MySQL stop
 * a read that takes no locks there (see boundedStatement); once a query operation's time is spent, it starts no
 * further statement, the one bound SQLite allows (better-sqlite3 is synchronous and cannot interrupt a statement).
 * Statements run outside a request (imports, scans, migrations) are left alone.
 */
export function limitStatementTime(dataSource: DataSource): void {
  const driver = dataSource.driver;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => boundQueries(create(mode), dataSource.options.type);
}
