import type { ColumnOptions } from 'typeorm';

/**
 * Everything that differs between SQLite and MySQL lives here. Column types are
 * decided when the entity modules load, so the database kind is read from the
 * environment (the same DATABASE_URL that config.ts checks).
 */
export const usesMysql = /^(mysql|mariadb):\/\//.test(process.env.DATABASE_URL ?? '');

/** Millisecond timestamps on both databases. */
export const timestampOptions: ColumnOptions = usesMysql ? { type: 'datetime', precision: 3 } : { type: 'datetime' };

/** For @CreateDateColumn and @UpdateDateColumn: MySQL's default must have the column's own precision. */
export const createdAtOptions: ColumnOptions = usesMysql ? { ...timestampOptions, default: () => 'CURRENT_TIMESTAMP(3)' } : timestampOptions;
export const updatedAtOptions: ColumnOptions = usesMysql ? { ...createdAtOptions, onUpdate: 'CURRENT_TIMESTAMP(3)' } : timestampOptions;

export const largeTextType = usesMysql ? 'mediumtext' : 'text';
export const largeBinaryType = usesMysql ? 'longblob' : 'blob';

/** A Date as a query parameter: better-sqlite3 cannot bind Date objects, and TypeORM stores SQLite datetimes as UTC text. */
export function dateParameter(date: Date): Date | string {
  return usesMysql ? date : date.toISOString().replace('T', ' ').replace('Z', '');
}
