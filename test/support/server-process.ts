import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';

export const MAIN = path.resolve(__dirname, '../../dist/src/main.js');

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  /** every JSON line it (and its workers) logged so far */
  logs: Record<string, unknown>[];
  exited: Promise<number | null>;
}

/**
 * Starts the built server (`npm start`) on a free port, with env over this process's (without NODE_ENV, as in
 * production, and without REDIS_URL unless env sets it), and resolves once it logs its URL.
 */
export function startServerProcess(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const { NODE_ENV: _node, REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...inherited, DATABASE_URL: databaseUrl, PORT: '0', ...env },
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (typeof entry.url === 'string') resolve({ child, url: entry.url, logs, exited });
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code}: ${stderr}`)));
  });
}

/** The processes whose parent is pid (Linux): a cluster primary's workers. */
export function childPids(pid: number): number[] {
  return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/** A JSON POST over a connection of its own (no keep-alive), so node:cluster may hand it to any worker. */
export function postOnNewConnection(url: string, json: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const body = JSON.stringify(json);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text) }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A GraphQL request over a connection of its own. */
export async function gqlOnNewConnection<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const answer = await postOnNewConnection(
    url,
    { query, variables },
    token ? { authorization: `Bearer ${token}` } : {},
  );
  return answer.body;
}
