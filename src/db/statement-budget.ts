import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import { apiError } from '../schema/errors';
import { boundedStatement, isStatementTimeout } from './dialect';

/** The database time of one API request: each read statement's, and for a query operation all its statements'. */
export class StatementBudget {
  private readonly arrivedAt = Date.now();
  /** when a read must have done its database work; mutations have none (their bulk ones commit batch by batch) */
  private deadline = Infinity;

  constructor(readonly timeoutMs: number) {}

  /** The request only reads: its statements together, not only each, must end within its budget. */
  endReadsAtBudget(): void {
    this.deadline = this.arrivedAt + this.timeoutMs;
  }

  /** How long the next statement may take; TIMED_OUT when no time is left. */
  left(): number {
    const left = Math.min(this.timeoutMs, this.deadline - Date.now());
    if (left <= 0) throw this.timedOut();
    return left;
  }

  timedOut() {
    return apiError(
      'TIMED_OUT',
      `This request used up its ${this.timeoutMs} ms of database time; ask for less (fewer records, fewer totalCounts, a narrower filter)`,
    );
  }
}

/** COMMIT, ROLLBACK (to a savepoint too) and RELEASE SAVEPOINT */
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK|RELEASE)\b/i;

const bases = new WeakMap<DataSource, DataSource>();
const budgets = new WeakMap<DataSource, StatementBudget>();

/** The data source a request's view (budgetedDataSource) was made from, else the one given: what per-database caches key on. */
export const baseDataSource = (dataSource: DataSource): DataSource => bases.get(dataSource) ?? dataSource;

/** Ends the reads of the request whose view this is at its budget (StatementBudget.endReadsAtBudget). */
export function endReadsAtBudget(dataSource: DataSource): void {
  budgets.get(dataSource)?.endReadsAtBudget();
}

/**
 * The data source as one request sees it: every statement run through it (its manager, repositories, query builders,
 * query runners and query()) is held to the request's time left. MariaDB and MySQL stop a read that takes no locks
 * there (see boundedStatement); once a query operation's time is spent, it starts no further statement, the one bound
 * SQLite allows (better-sqlite3 is synchronous and cannot interrupt a statement). Statements run through the data
 * source itself (imports, scans, migrations, subscriptions) are left alone. The budget travels with the view, not in
 * AsyncLocalStorage, whose promise hooks cost an eighth of the server's CPU for a page of leads.
 */
export function budgetedDataSource(dataSource: DataSource, budget: StatementBudget): DataSource {
  const view = Object.create(dataSource) as DataSource;
  const databaseType = dataSource.options.type;
  const createQueryRunner = (mode: ReplicationMode = 'master'): QueryRunner => {
    // better-sqlite3's driver hands out one runner for good (over its one connection): each caller gets an object of
    // its own over it, which keeps its own account of the transaction it began
    const runner = Object.create(dataSource.driver.createQueryRunner(mode)) as QueryRunner;
    Object.assign(runner, { isTransactionActive: false, transactionDepth: 0 });
    const query = runner.query;
    runner.query = (async (sql: string, ...rest: unknown[]) => {
      // a transaction is always ended, however late: else its locks (SQLite's whole file) would stay taken
      if (ENDS_TRANSACTION.test(sql)) return query.call(runner, sql, ...(rest as []));
      const left = budget.left();
      try {
        return await query.call(runner, boundedStatement(sql, left, databaseType), ...(rest as []));
      } catch (error) {
        throw isStatementTimeout(error) ? budget.timedOut() : error;
      }
    }) as QueryRunner['query'];
    return Object.assign(runner, { manager: view.createEntityManager(runner) });
  };
  Object.defineProperties(view, {
    createQueryRunner: { value: createQueryRunner },
    manager: { value: view.createEntityManager() },
  });
  bases.set(view, dataSource);
  budgets.set(view, budget);
  return view;
}
