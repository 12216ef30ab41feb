import os from 'node:os';
import { createConnection } from 'mysql2/promise';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  platform: string;
  /** 'sqlite' or 'mysql' (MariaDB counts as mysql: same driver, same DATABASE_URL scheme) */
  databaseKind: 'sqlite' | 'mysql';
  /** e.g. "SQLite 3.50.4 (better-sqlite3), file in the tmp dir" or "MariaDB 11.8.3 at 127.0.0.1:3306/test" */
  database: string;
}

/** The mysql:// (or mariadb://) URL the benchmarks run on, or null for SQLite. */
export function mysqlUrl(): string | null {
  const url = process.env.DATABASE_URL;
  return url && /^(mysql|mariadb):\/\//.test(url) ? url : null;
}

async function describeDatabase(): Promise<string> {
  const url = mysqlUrl();
  if (!url) {
    // better-sqlite3 ships no types and the project has none installed; this is all we need of it
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('better-sqlite3') as new (file: string) => {
      prepare(sql: string): { get(): unknown };
      close(): void;
    };
    const db = new Database(':memory:');
    try {
      const { version } = db.prepare('SELECT sqlite_version() AS version').get() as { version: string };
      return `SQLite ${version} (better-sqlite3), a fresh file in ${os.tmpdir()}`;
    } finally {
      db.close();
    }
  }
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const where = `${parsed.host}${parsed.pathname}`;
  try {
    const connection = await createConnection({
      host: parsed.hostname,
      port: Number(parsed.port || 3306),
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
    });
    try {
      const [rows] = await connection.query('SELECT VERSION() AS version');
      const version = (rows as { version: string }[])[0].version;
      return `${/mariadb/i.test(version) ? 'MariaDB' : 'MySQL'} ${version.replace(/-MariaDB.*$/i, '')} at ${where}`;
    } finally {
      await connection.end();
    }
  } catch (error) {
    return `MySQL/MariaDB at ${where} (unreachable: ${(error as Error).message})`;
  }
}

export async function describeMachine(): Promise<Machine> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    databaseKind: mysqlUrl() ? 'mysql' : 'sqlite',
    database: await describeDatabase(),
  };
}

export function printMachine(machine: Machine): void {
  console.log(`CPU:      ${machine.cpu}, ${machine.cores} cores`);
  console.log(`Memory:   ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB`);
  console.log(`Node:     ${machine.node} on ${machine.platform}`);
  console.log(`Database: ${machine.database}`);
}
