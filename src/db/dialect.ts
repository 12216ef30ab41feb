import type { ColumnOptions, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Everything that differs between SQLite and MySQL lives here. Column types are
 * decided when the entity modules load, so the database kind is read from the
 * environment (the same DATABASE_URL that config.ts checks).
 */
export const usesMysql = /^(mysql|mariadb):\/\//.test(process.env.DATABASE_URL ?? '');

/** Millisecond timestamps on both databases. */
export const timestampOptions: ColumnOptions = usesMysql ? { type: 'datetime', precision: 3 } : { type: 'datetime' };

/** For @CreateDateColumn and @UpdateDateColumn: MySQL's default must have the column's own precision. */
export const createdAtOptions: ColumnOptions = usesMysql
  ? { ...timestampOptions, default: () => 'CURRENT_TIMESTAMP(3)' }
  : timestampOptions;
export const updatedAtOptions: ColumnOptions = usesMysql
  ? { ...createdAtOptions, onUpdate: 'CURRENT_TIMESTAMP(3)' }
  : timestampOptions;

/**
 * Text compared byte for byte: search's folded text and tokens (MySQL's default collation would also make '٣' equal
 * '3' and break the primary key of tokens that differ only so; SQLite compares bytes already).
 */
export const binaryTextOptions: { collation?: string } = usesMysql ? { collation: 'utf8mb4_bin' } : {};

/**
 * A condition that `column` begins with a text of letters and digits only, and the parameter for it: a range look-up
 * in an index on the column. SQLite's LIKE ignores case and so uses no index on a BINARY column; GLOB does. The
 * pattern is bound whole: neither database uses the index for an expression such as `:p || '*'`.
 */
export function startsWith(column: string, parameter: string, prefix: string): [string, Record<string, string>] {
  return usesMysql
    ? [`${column} LIKE :${parameter}`, { [parameter]: `${prefix}%` }]
    : [`${column} GLOB :${parameter}`, { [parameter]: `${prefix}*` }];
}

export const largeTextType = usesMysql ? 'mediumtext' : 'text';
export const largeBinaryType = usesMysql ? 'longblob' : 'blob';

/** A Date as a query parameter: better-sqlite3 cannot bind Date objects, and TypeORM stores SQLite datetimes as UTC text. */
export function dateParameter(date: Date): Date | string {
  return usesMysql ? date : date.toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * A datetime column as SQL that compares rightly with dateParameter(). SQLite keeps datetimes as text:
 * its column defaults and CURRENT_TIMESTAMP write whole seconds ('2024-01-02 03:04:05'), TypeORM writes
 * milliseconds ('2024-01-02 03:04:05.000'), and as text the first sorts before the second; strftime
 * gives every row the millisecond form.
 */
export function dateColumn(alias: string, column: string): string {
  return usesMysql ? `${alias}.${column}` : `strftime('%Y-%m-%d %H:%M:%f', ${alias}.${column})`;
}

/** The end of a multi-row INSERT that adds the values to the row already holding the key instead: an upsert that counts. */
export function onConflictAdd(keyColumns: string[], addedColumns: string[]): string {
  return usesMysql
    ? `ON DUPLICATE KEY UPDATE ${addedColumns.map((c) => `${c} = ${c} + VALUES(${c})`).join(', ')}`
    : `ON CONFLICT (${keyColumns.join(', ')}) DO UPDATE SET ${addedColumns.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
}

/** A timestamp read raw and kept as JSON, as a parameter that stores exactly it again: SQLite's text as it was, a Date for MySQL's DATETIME(3). */
export function rawTimestampParameter(json: string): Date | string {
  return usesMysql ? new Date(json) : json;
}

/** Locks the rows a query reads until the transaction ends; SQLite needs no lock, its transactions run one at a time. */
export function forUpdate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return usesMysql ? query.setLock('pessimistic_write') : query;
}

const READ = /^\s*(SELECT|WITH)\b/i;
const LOCKING = /\b(FOR UPDATE|FOR SHARE|LOCK IN SHARE MODE)(\s+(NOWAIT|SKIP LOCKED))?\s*$/i;

/**
 * A read that takes no locks, stopped by the database after ms: MariaDB's SET STATEMENT max_statement_time, MySQL's
 * MAX_EXECUTION_TIME hint. Writes and locking reads are left as they are: their time is mostly waiting for a row
 * another transaction holds (parallel conversions queue on their number series), which innodb_lock_wait_timeout
 * bounds. SQLite cannot stop a statement: it is returned as it is.
 */
export function boundedStatement(sql: string, ms: number, databaseType: string): string {
  if (!READ.test(sql) || LOCKING.test(sql)) return sql;
  const milliseconds = Math.max(Math.ceil(ms), 1);
  if (databaseType === 'mariadb') return `SET STATEMENT max_statement_time=${milliseconds / 1000} FOR ${sql}`;
  // MySQL takes the hint right after the statement's first SELECT
  if (databaseType === 'mysql')
    return sql.replace(/^\s*SELECT\b/i, `SELECT /*+ MAX_EXECUTION_TIME(${milliseconds}) */`);
  return sql;
}

/** MariaDB's (1969, which mysql2 has no code name for) and MySQL's (3024) error for a statement stopped at its time limit. */
export function isStatementTimeout(error: unknown): boolean {
  const errno = (error as { driverError?: { errno?: number } }).driverError?.errno;
  return errno === 1969 || errno === 3024;
}
