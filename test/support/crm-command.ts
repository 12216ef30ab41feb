import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export const CLI = path.resolve(__dirname, '../../dist/src/cli.js');

export interface CrmResult {
  status: number | null;
  lines: string[];
  stdout: string;
  stderr: string;
}

/** With REDIS_URL a `crm` process's lead events go to channels of this test run only. */
function crmEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return { REDIS_CHANNEL_PREFIX: `crm-test-${process.pid}:`, ...process.env, DATABASE_URL: databaseUrl };
}

const result = (status: number | null, stdout: string, stderr: string): CrmResult => ({
  status,
  lines: stdout.trim().split('\n'),
  stdout,
  stderr,
});

/** Runs the built `crm` command against a database and waits for it, blocking this process. */
export function crm(databaseUrl: string, ...args: string[]): CrmResult {
  const run = spawnSync(process.execPath, [CLI, ...args], { env: crmEnv(databaseUrl), encoding: 'utf8' });
  return result(run.status, run.stdout, run.stderr);
}

/** crm without blocking: a server of this process goes on answering (and keeping its connections) meanwhile. */
export function crmAsync(databaseUrl: string, args: string[], env = crmEnv(databaseUrl)): Promise<CrmResult> {
  const child = spawn(process.execPath, [CLI, ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve(result(status, stdout, stderr)));
  });
}

/** Starts `crm serve` and resolves with its URL once it logs that it listens. */
export function crmServe(
  databaseUrl: string,
): Promise<{ child: ChildProcessWithoutNullStreams; url: string; logs: string[] }> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0' },
  });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      logs.push(line);
      const url = (JSON.parse(line) as { url?: string }).url;
      if (url) resolve({ child, url, logs });
    });
    child.on('exit', (code) => reject(new Error(`crm serve exited with ${code}`)));
  });
}
