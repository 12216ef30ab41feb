import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';

export const CLI = path.resolve(__dirname, '../../dist/src/cli.js');

/** The command's environment: with REDIS_URL its lead events go to channels of this test run only. */
const crmEnv = (databaseUrl: string) => ({
  REDIS_CHANNEL_PREFIX: `crm-test-${process.pid}:`,
  ...process.env,
  DATABASE_URL: databaseUrl,
});

const outcome = (status: number | null, stdout: string, stderr: string) => ({
  status,
  lines: stdout.trim().split('\n'),
  stdout,
  stderr,
});

/** Runs the built `crm` command against a database and waits for it. */
export function crm(databaseUrl: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: crmEnv(databaseUrl), encoding: 'utf8' });
  return outcome(result.status, result.stdout, result.stderr);
}

/** The same without blocking this process, for a test whose server runs in it and must answer meanwhile. */
export function crmAsync(databaseUrl: string, ...args: string[]): Promise<ReturnType<typeof crm>> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: crmEnv(databaseUrl), encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve(outcome(error ? ((error.code as number | undefined) ?? 1) : 0, stdout, stderr)),
    );
  });
}
