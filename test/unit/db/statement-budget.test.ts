import { SelectQueryBuilder, type DataSource } from 'typeorm';
import { openDatabase } from '../../../src/db/open-database';
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

  it("gives each caller a query runner of its own, whose transaction is not another's (SQLite has one connection)", async () => {
    const [first, second] = [
      budgetedDataSource(db, new StatementBudget(5000)),
      budgetedDataSource(db, new StatementBudget(5000)),
    ];
    const runner = first.createQueryRunner();
    await runner.startTransaction();
    try {
      expect(runner.isTransactionActive).toBe(true);
      expect(second.createQueryRunner().isTransactionActive).toBe(false);
      expect(runner.manager.connection).toBe(first);
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
