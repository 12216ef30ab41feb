import type { DataSource, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { shapedSql } from './query-shape';

/** A row as the driver gives it: by column alias, or by position in the select list (see SelectedRows.key). */
export type RawRow = Record<string | number, unknown>;

export interface SelectedRows {
  rows: RawRow[];
  /** where a row holds the column of this alias */
  key(alias: string): string | number;
}

/**
 * better-sqlite3 builds a row's object key by key, which for a page of 50 leads costs almost as much as running the
 * statement; a row as an array, half as much. The reads made here give arrays: this comment keeps their
 * text, and so the prepared statement TypeORM caches by it, apart from every other statement's.
 */
const AS_ARRAYS = '/* rows as arrays */ ';

interface SqliteStatement {
  /** whether it returns rows: only those take raw() */
  reader: boolean;
  raw(on: boolean): SqliteStatement;
  columns(): { name: string }[];
}
/** better-sqlite3's query runner, whose cache of prepared statements TypeORM keeps private */
interface SqliteRunner {
  getStmt(sql: string): Promise<SqliteStatement>;
}

const positions = new WeakMap<SqliteStatement, ReadonlyMap<string, number>>();

/** The position of each column alias of a statement. */
function positionsOf(statement: SqliteStatement): ReadonlyMap<string, number> {
  let byAlias = positions.get(statement);
  if (!byAlias) positions.set(statement, (byAlias = new Map(statement.columns().map(({ name }, n) => [name, n]))));
  return byAlias;
}

const byAlias = (alias: string) => alias;

/** Runs a read through a query runner (which counts and bounds it), on SQLite its rows as arrays. */
async function readRows(runner: QueryRunner, sql: string, parameters: unknown[]): Promise<SelectedRows> {
  if (runner.dataSource.options.type !== 'better-sqlite3')
    return { rows: (await runner.query(sql, parameters)) as RawRow[], key: byAlias };
  const text = AS_ARRAYS + sql;
  // a statement SQLite cannot prepare fails below, as any other statement fails
  const statement = await (runner as unknown as SqliteRunner).getStmt(text).catch(() => undefined);
  if (statement?.reader) statement.raw(true);
  const rows = (await runner.query(text, parameters)) as RawRow[];
  // the statement TypeORM ran is another when its cache dropped this one meanwhile
  if (!statement?.reader || rows.length === 0 || !Array.isArray(rows[0])) return { rows, key: byAlias };
  const at = positionsOf(statement);
  return { rows, key: (alias) => at.get(alias) ?? alias };
}

/** The rows of a read of SQL of one's own, as dataSource.query gives them but on SQLite as arrays (see SelectedRows). */
export async function queryRows(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<SelectedRows> {
  const runner = dataSource.createQueryRunner();
  try {
    return await readRows(runner, sql, parameters);
  } finally {
    await runner.release();
  }
}

/**
 * The raw rows of a query, as getRawMany reads them (in the transaction of the manager that made the query, if any),
 * its SQL built once per shape (query-shape.ts); on SQLite each row an array.
 */
export async function selectRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<SelectedRows> {
  const { dataSource } = query;
  const [sql, parameters] = dataSource.driver.escapeQueryWithParameters(
    shapedSql(query as SelectQueryBuilder<ObjectLiteral>),
    query.getParameters(),
  );
  // the runner of the manager the query came from (a transaction's), which TypeORM keeps protected
  const own = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const runner = own ?? dataSource.createQueryRunner();
  try {
    return await readRows(runner, sql, parameters);
  } finally {
    if (runner !== own) await runner.release();
  }
}
