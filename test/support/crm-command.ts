import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const CLI = path.resolve(__dirname, '../../dist/src/cli.js');

/** Runs the built `crm` command against a database and waits for it; with REDIS_URL its lead events go to channels of this test run only. */
export function crm(databaseUrl: string, ...args: string[]) {
  const env = { REDIS_CHANNEL_PREFIX: `crm-test-${process.pid}:`, ...process.env, DATABASE_URL: databaseUrl };
  const result = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8' });
  return {
    status: result.status,
    lines: result.stdout.trim().split('\n'),
    stdout: result.stdout,
    stderr: result.stderr,
  };
}
