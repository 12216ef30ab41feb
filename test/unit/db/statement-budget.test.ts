import { SelectQueryBuilder, type DataSource } from 'typeorm';
import { openDatabase } from '../../../src/db/open-database';
import { PerDatabase } from '../../../src/db/per-database';
import { shaped } from '../../../src/db/query-shape';
import { selectRows } from '../../../src/db/select-rows';
import {
  baseDataSource,
  budgetedDataSource,
  endReadsAtBudget,
  StatementBudget,
} from '../../../src/db/statement-budget';
import { Tag } from '../../../src/entities';
import { freshDatabaseUrl } from '../../support/database';

let db: DataSource;

beforeAll(async () => {
  db = await openDatabase(await freshDatabaseUrl());
  await db.getRepository(Tag).save([{ name: 'alpha' }]);
});
afterAll(() => db?.destroy());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request's view whose reads have used up their time. */
async function spentView(): Promise<DataSource> {
  const budget = new StatementBudget(1);
  const view = budgetedDataSource(db, budget);
  endReadsAtBudget(view);
  await new Promise((resolve) => setTimeout(resolve, 5));
  return view;
}

describe("a request's view of the data source (budgetedDataSource)", () => {
  it('holds every way to a statement to the budget: query(), the manager, repositories, query builders', async () => {
    const view = await spentView();
    const timedOut = { extensions: { code: 'TIMED_OUT' } };
    await expect(view.query('SELECT 1 AS n')).rejects.toMatchObject(timedOut);
    await expect(view.manager.find(Tag)).rejects.toMatchObject(timedOut);
    await expect(view.getRepository(Tag).count()).rejects.toMatchObject(timedOut);
    await expect(view.createQueryBuilder(Tag, 't').getMany()).rejects.toMatchObject(timedOut);
    await expect(view.transaction((manager) => manager.find(Tag))).rejects.toMatchObject(timedOut);
  });

  it('leaves the data source itself, and another request, alone', async () => {
    await spentView();
    const other = budgetedDataSource(db, new StatementBudget(5000));
    endReadsAtBudget(other);
    expect(await db.getRepository(Tag).count()).toBe(1);
    expect(await other.getRepository(Tag).count()).toBe(1);
  });

  it('ends a transaction whose statements ran out of time: its rollback is never refused', async () => {
    const timedOut = { extensions: { code: 'TIMED_OUT' } };
    const spending = () => {
      const budget = new StatementBudget(50);
      budget.endReadsAtBudget();
      return budgetedDataSource(db, budget);
    };
    const runner = spending().createQueryRunner();
    await runner.startTransaction();
    await runner.query('SELECT 1 AS n');
    await pause(60);
    await expect(runner.query('SELECT 1 AS n')).rejects.toMatchObject(timedOut);
    await runner.rollbackTransaction();
    await runner.release();
    expect(runner.isTransactionActive).toBe(false);
    // through transaction() (which drops a failed rollback's error): the connection is left outside any transaction
    await expect(spending().transaction(async (manager) => (await pause(60), manager.find(Tag)))).rejects.toMatchObject(
      timedOut,
    );
    if (db.options.type === 'better-sqlite3')
      expect(
        (db.driver as unknown as { databaseConnection: { inTransaction: boolean } }).databaseConnection.inTransaction,
      ).toBe(false);
    expect(await db.transaction((manager) => manager.count(Tag))).toBe(1);
  });

  it('gives each caller a query runner of its own, which keeps its own account of the transaction it began', async () => {
    const [first, second] = [
      budgetedDataSource(db, new StatementBudget(5000)),
      budgetedDataSource(db, new StatementBudget(5000)),
    ];
    // a transaction of the data source itself (an import's, a scan's): on SQLite its runner is the one all share
    const own = db.createQueryRunner();
    await own.startTransaction();
    try {
      const runner = first.createQueryRunner();
      expect(runner.isTransactionActive).toBe(false);
      expect(runner.manager.connection).toBe(first);
    } finally {
      await own.rollbackTransaction();
      await own.release();
    }
    const runner = first.createQueryRunner();
    await runner.startTransaction();
    try {
      expect(runner.isTransactionActive).toBe(true);
      expect(second.createQueryRunner().isTransactionActive).toBe(false);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it("is known by the data source it was made from, so the views of many requests share that one's caches", async () => {
    const views = [
      budgetedDataSource(db, new StatementBudget(5000)),
      budgetedDataSource(db, new StatementBudget(5000)),
    ];
    expect(views.map(baseDataSource)).toEqual([db, db]);
    const kept = new PerDatabase<string>();
    kept.set(db, 'kept');
    expect(views.map((view) => kept.get(view))).toEqual(['kept', 'kept']);
    expect(views.map((view) => kept.of(view, () => 'made'))).toEqual(['kept', 'kept']);
    expect(baseDataSource(db)).toBe(db);
    const built = jest.spyOn(SelectQueryBuilder.prototype, 'getQuery');
    try {
      for (const view of views) {
        const { rows, key } = await selectRows(shaped(view.createQueryBuilder(Tag, 't')).select('t.name', 'name'));
        expect(rows.map((row) => row[key('name')])).toEqual(['alpha']);
      }
      expect(built).toHaveBeenCalledTimes(1);
    } finally {
      built.mockRestore();
    }
  });
});
