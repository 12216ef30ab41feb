import { Brackets, SelectQueryBuilder, type DataSource } from 'typeorm';
import { openDatabase } from '../../../src/db/open-database';
import { shaped } from '../../../src/db/query-shape';
import { queryRows, selectRows, type SelectedRows } from '../../../src/db/select-rows';
import { Tag } from '../../../src/entities';
import { freshDatabaseUrl } from '../../support/database';

let db: DataSource;

beforeAll(async () => {
  db = await openDatabase(await freshDatabaseUrl());
  await db.getRepository(Tag).save(['alpha', 'beta', 'gamma'].map((name) => ({ name })));
});
afterAll(() => db?.destroy());

const names = ({ rows, key }: SelectedRows) => rows.map((row) => row[key('name')]);
const tagNames = () => shaped(db.createQueryBuilder(Tag, 't')).select('t.name', 'name').orderBy('t.name');

describe('SQL built once per shape of query', () => {
  let built: jest.SpyInstance;
  beforeEach(() => (built = jest.spyOn(SelectQueryBuilder.prototype, 'getQuery')));
  afterEach(() => built.mockRestore());

  it("builds a shape's SQL once and runs it with each query's own values, lists of any length", async () => {
    const named = (list: string[]) => tagNames().where('t.name IN (:...list)', { list });
    expect(names(await selectRows(named(['alpha'])))).toEqual(['alpha']);
    expect(names(await selectRows(named(['beta', 'gamma', 'zeta'])))).toEqual(['beta', 'gamma']);
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('tells apart queries whose conditions, joins or limits differ', async () => {
    const value = { v: 'beta' };
    expect(names(await selectRows(tagNames().where('t.name = :v', value)))).toEqual(['beta']);
    expect(names(await selectRows(tagNames().where('t.name <> :v', value)))).toEqual(['alpha', 'gamma']);
    expect(names(await selectRows(tagNames().where('t.name <> :v', value).limit(1)))).toEqual(['alpha']);
    const joined = tagNames().innerJoin(Tag, 'other', 'other.name < t.name').where('other.name = :v', value);
    expect(names(await selectRows(joined))).toEqual(['gamma']);
    expect(built).toHaveBeenCalledTimes(4);
  });

  it('tells apart queries that differ only by a join, an order or a selected column', async () => {
    const three = () => tagNames().where('t.name IN (:...l)', { l: ['alpha', 'beta', 'gamma'] });
    expect(names(await selectRows(three()))).toEqual(['alpha', 'beta', 'gamma']);
    expect(names(await selectRows(three().innerJoin(Tag, 'o', 'o.name < t.name')))).not.toContain('alpha');
    expect(names(await selectRows(three().orderBy('t.name', 'DESC')))).toEqual(['gamma', 'beta', 'alpha']);
    const extra = await selectRows(three().addSelect("'x'", 'extra'));
    expect(extra.rows.map((row) => row[extra.key('extra')])).toEqual(['x', 'x', 'x']);
  });

  it('builds anew the SQL of a builder that held conditions before it was shaped', async () => {
    const narrowed = (condition: string) =>
      shaped(db.createQueryBuilder(Tag, 't').where(condition, { n: 'beta' })).select('t.name', 'name');
    expect(names(await selectRows(narrowed('t.name = :n')))).toEqual(['beta']);
    expect(names(await selectRows(narrowed('t.name > :n')))).toEqual(['gamma']);
    expect(built).toHaveBeenCalledTimes(2);
  });

  it('builds anew a query it cannot describe, and answers it right', async () => {
    const either = () =>
      tagNames().where(
        new Brackets((q) => q.where('t.name = :a', { a: 'alpha' }).orWhere('t.name = :g', { g: 'gamma' })),
      );
    expect(names(await selectRows(either()))).toEqual(['alpha', 'gamma']);
    expect(names(await selectRows(either()))).toEqual(['alpha', 'gamma']);
    expect(built).toHaveBeenCalledTimes(2);
  });

  it('reads inside the transaction of the manager that made the query', async () => {
    const seen = await db.transaction(async (manager) => {
      await manager.save(Tag, { name: 'delta' });
      const query = shaped(manager.createQueryBuilder(Tag, 't'))
        .select('t.name', 'name')
        .where('t.name = :n', { n: 'delta' });
      // on SQLite every runner is the one connection's: only the runner used tells
      const ran = jest.spyOn(manager.queryRunner!, 'query');
      const rows = names(await selectRows(query));
      expect(ran).toHaveBeenCalledWith(expect.stringMatching(/SELECT/), ['delta']);
      return rows;
    });
    expect(seen).toEqual(['delta']);
  });
});

describe('selectRows', () => {
  it('gives SQLite rows as arrays, MySQL rows as objects, each column where key() says', async () => {
    const selected = await selectRows(tagNames().addSelect('t.id', 'id').where('t.name = :n', { n: 'gamma' }));
    const sqlite = db.options.type === 'better-sqlite3';
    expect(Array.isArray(selected.rows[0])).toBe(sqlite);
    expect(selected.key('id')).toBe(sqlite ? 1 : 'id');
    expect(selected.rows[0][selected.key('name')]).toBe('gamma');
  });

  it("reads SQL of one's own (the loaders') the same way", async () => {
    const read = await queryRows(db, 'SELECT id, name FROM tag WHERE name = ?', ['beta']);
    expect(Array.isArray(read.rows[0])).toBe(db.options.type === 'better-sqlite3');
    expect(names(read)).toEqual(['beta']);
    // the same SQL run otherwise still gives objects
    expect(await db.query('SELECT id, name FROM tag WHERE name = ?', ['beta'])).toEqual([
      { id: expect.anything(), name: 'beta' },
    ]);
  });

  it('leaves the rows of every other statement of the same select objects', async () => {
    await selectRows(tagNames().where('t.name = :n', { n: 'alpha' }));
    expect(await tagNames().where('t.name = :n', { n: 'alpha' }).getRawMany()).toEqual([{ name: 'alpha' }]);
  });
});
