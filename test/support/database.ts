import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';

export const MARIADB_HINT =
  'Start MariaDB with `start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd` (root, empty password, database test on 127.0.0.1:3306)';

/** Drops and re-creates the database a mysql:// URL names, so each test file starts empty. */
export async function recreateMysqlDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = parsed.pathname.slice(1);
  parsed.pathname = '/';
  let connection;
  try {
    connection = await createConnection(parsed.toString());
  } catch (error) {
    throw new Error(`Cannot reach MySQL at ${parsed.host}: ${(error as Error).message}. ${MARIADB_HINT}`, {
      cause: error,
    });
  }
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

/** A fresh, empty database for one test file: the suite's DATABASE_URL when it is MySQL, else a new SQLite file. */
export async function freshDatabaseUrl(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (url && /^(mysql|mariadb):\/\//.test(url)) {
    await recreateMysqlDatabase(url);
    return url;
  }
  return `sqlite:${path.join(os.tmpdir(), `crm-test-${crypto.randomUUID()}.sqlite`)}`;
}

/** A second fresh database beside the suite's: on MySQL the same server's `<name>_other`, else a new SQLite file. */
export async function freshOtherDatabaseUrl(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (url && /^(mysql|mariadb):\/\//.test(url)) {
    const parsed = new URL(url);
    parsed.pathname = `${parsed.pathname}_other`;
    await recreateMysqlDatabase(parsed.toString());
    return parsed.toString();
  }
  return freshDatabaseUrl();
}

/** MySQL: undoes the migrations down to and with the one named, as a database from before it would be. */
export async function undoMigrationsThrough(dataSource: DataSource, name: string): Promise<void> {
  const last = async () => (await dataSource.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1'))[0].name;
  while ((await last()) !== name) await dataSource.undoLastMigration();
  await dataSource.undoLastMigration();
}
