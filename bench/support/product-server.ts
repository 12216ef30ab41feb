/**
 * The CRM server started as it is deployed, `node dist/src/main.js` with
 * `npm start`'s Node flags and WORKERS=N (a node:cluster primary and its
 * workers, which inherit the flags, or one process where WORKERS is not
 * heeded), as a ServerChild of http-load.ts. It speaks no bench
 * protocol: it is ready once /healthz answers, stopped by SIGTERM, and its CPU
 * time and memory are its process tree's, from /proc. It counts no SQL
 * statements for the bench and cannot be profiled (serve-api.ts can).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { ServerChild } from './http-load';
import { processTreeUsage } from './proc';

/** dist/src/main.js, from dist/bench/support where this runs, or from bench/support under the tests. */
const MAIN = [path.join(__dirname, '../../src/main.js'), path.join(__dirname, '../../dist/src/main.js')].find((file) =>
  fs.existsSync(file),
);
const READY_TIMEOUT_MS = 120_000;

/** The Node flags of package.json's start script (`node --max-semi-space-size=64 dist/src/main.js`). */
export function startFlags(main: string): string[] {
  const manifest = path.resolve(path.dirname(main), '../../package.json');
  const start: string = JSON.parse(fs.readFileSync(manifest, 'utf8')).scripts.start;
  const words = start.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`${manifest}: the start script is not \`node …\`: ${start}`);
  return words.slice(1).filter((word) => word.startsWith('--'));
}

/** A TCP port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The Node flags `npm start` gives the server (startFlags), for a bench server that runs its code in-process too. */
export function serverNodeFlags(): string[] {
  if (!MAIN) throw new Error(`dist/src/main.js not found above ${__dirname}: npm run build:server`);
  return startFlags(MAIN);
}

/** Starts the server with WORKERS=workers on a free PORT, its logs (stdout) to BENCH_LOG_FILE or /dev/null. */

export async function startProductServer(env: NodeJS.ProcessEnv, workers: number): Promise<ServerChild> {
  if (!MAIN) throw new Error(`dist/src/main.js not found above ${__dirname}: npm run build:server`);
  const port = await freePort();
  const log = fs.openSync(process.env.BENCH_LOG_FILE || '/dev/null', 'a');
  const child = spawn(process.execPath, [...startFlags(MAIN), MAIN], {
    env: { ...env, WORKERS: String(workers), PORT: String(port) },
    stdio: ['ignore', log, 'inherit'],
  });
  fs.closeSync(log);
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  let exited = null as string | null;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = `${MAIN} exited (${signal ?? code})`;
      process.off('exit', killOnExit);
      resolve();
    }),
  );

  const base = `http://localhost:${port}`;
  const startMs = performance.now();
  for (;;) {
    if (exited) throw new Error(exited);
    if (performance.now() - startMs > READY_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(`${MAIN} did not answer ${base}/healthz within ${READY_TIMEOUT_MS / 1000} s`);
    }
    const answered = await fetch(`${base}/healthz`).then(
      (response) => response.text().then(() => response.ok),
      () => false,
    );
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url: `${base}/graphql`,
    startMs: performance.now() - startMs,
    stats: async () => {
      if (exited) throw new Error(exited);
      return { type: 'stats', ...processTreeUsage(child.pid!), counters: {} };
    },
    startProfile: () => {
      throw new Error('the server started as node dist/src/main.js is not profiled: BENCH_WORKERS=1 profiles it');
    },
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
