import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { mysqlUrl } from './machine';

export interface BenchDatabase {
  url: string;
  /** a directory of its own for scratch files, removed by cleanUp */
  dir: string;
  /** removes what the benchmark created (its directory, with the SQLite file; a MySQL database is left for inspection), unless BENCH_KEEP_DB is set */
  cleanUp(): void;
}

/** Drops and re-creates the database a mysql:// URL names (as test/support/database.ts does for the tests). */
async function recreateMysqlDatabase(url: string): Promise<void> {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!name) throw new Error(`DATABASE_URL ${url} names no database`);
  parsed.pathname = '/';
  let connection;
  try {
    connection = await createConnection(parsed.toString());
  } catch (error) {
    throw new Error(
      `Cannot reach MySQL at ${parsed.host}: ${(error as Error).message}. ` +
        'Start MariaDB with `start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd`',
      { cause: error },
    );
  }
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

/** An empty database: DATABASE_URL's MySQL database recreated, else an SQLite file in a new tmp directory. */
export async function freshBenchDatabase(label: string): Promise<BenchDatabase> {
  const url = mysqlUrl();
  if (url) {
    await recreateMysqlDatabase(url);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `crm-bench-${label}-`));
  return {
    url: url ?? `sqlite:${path.join(dir, `crm-${crypto.randomUUID().slice(0, 8)}.sqlite`)}`,
    dir,
    cleanUp: () => {
      if (!process.env.BENCH_KEEP_DB) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
