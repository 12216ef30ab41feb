/**
 * Many dashboards in a child process of their own, so the server's event loop
 * is not theirs: `size` graphql-ws clients, each on its own websocket, each
 * subscribed to leadCreated, noting when it receives each lead on the wall
 * clock (comparable across processes). The parent drives it with forkSwarm.
 */
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

type SwarmRequest =
  /** answer 'received' once every client has received each of these leads */
  | { type: 'await'; ids: number[] }
  /** answer 'stats' for the receipts of these leads, from their commit times, and forget all receipts */
  | { type: 'measure'; committedAt: Record<number, number> }
  | { type: 'stop' };

export interface SwarmStats {
  /** first receipts of the leads measured, one per client and lead */
  receipts: number;
  /** (client, lead) pairs that never came */
  missing: number;
  /** receipts beyond the first of a (client, lead) pair */
  duplicates: number;
  /** ms from commit to receipt, sorted */
  latencies: number[];
  /** ms from the first commit to the last receipt */
  spanMs: number;
}

type SwarmMessage =
  { type: 'ready' } | { type: 'received' } | { type: 'stats'; stats: SwarmStats } | { type: 'error'; message: string };

/** Wall-clock milliseconds with sub-millisecond resolution, comparable between processes on one machine. */
export const wallClock = () => performance.timeOrigin + performance.now();

const QUERY = 'subscription { leadCreated { cursor node { id } } }';
const leadId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

interface Receipts {
  /** per client, when it received the lead */
  times: number[][];
  clients: number;
}

function runSwarm(url: string, token: string, size: number): void {
  const send = (message: SwarmMessage) => process.send?.(message);
  const receipts = new Map<number, Receipts>();
  let awaited = new Set<number>();
  const received = (id: number, c: number) => {
    const lead = receipts.get(id) ?? receipts.set(id, { times: [], clients: 0 }).get(id)!;
    if (!lead.times[c]) {
      lead.times[c] = [];
      lead.clients += 1;
      if (lead.clients === size && awaited.delete(id) && awaited.size === 0) send({ type: 'received' });
    }
    lead.times[c].push(wallClock());
  };

  const clients: Client[] = [];
  let connected = 0;
  for (let c = 0; c < size; c++) {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      on: { connected: () => ++connected === size && send({ type: 'ready' }) },
    });
    clients.push(client);
    client.subscribe<{ leadCreated: { node: { id: string } } }>(
      { query: QUERY },
      {
        next: (result) => received(leadId(result.data!.leadCreated.node.id), c),
        error: (error) =>
          send({
            type: 'error',
            message: `subscriber ${c}: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
          }),
        complete: () => undefined,
      },
    );
  }

  process.on('message', (request: SwarmRequest) => {
    if (request.type === 'await') {
      awaited = new Set(request.ids.filter((id) => (receipts.get(id)?.clients ?? 0) < size));
      if (awaited.size === 0) send({ type: 'received' });
    } else if (request.type === 'measure') {
      const stats: SwarmStats = { receipts: 0, missing: 0, duplicates: 0, latencies: [], spanMs: 0 };
      const commits = Object.entries(request.committedAt).map(([id, at]) => [Number(id), at] as const);
      const firstCommit = Math.min(...commits.map(([, at]) => at));
      let lastReceipt = firstCommit;
      for (const [id, committedAt] of commits) {
        const times = receipts.get(id)?.times ?? [];
        for (let c = 0; c < size; c++) {
          const [first, ...again] = times[c] ?? [];
          if (first === undefined) {
            stats.missing += 1;
            continue;
          }
          stats.receipts += 1;
          stats.duplicates += again.length;
          stats.latencies.push(first - committedAt);
          lastReceipt = Math.max(lastReceipt, first);
        }
      }
      stats.latencies.sort((a, b) => a - b);
      stats.spanMs = lastReceipt - firstCommit;
      receipts.clear();
      send({ type: 'stats', stats });
    } else {
      void Promise.all(clients.map((client) => client.dispose())).finally(() => process.exit(0));
    }
  });
  process.on('disconnect', () => process.exit(0));
}

export interface Swarm {
  /** resolves once every subscriber has received each of these leads; rejects after timeoutMs */
  receive(ids: number[], timeoutMs: number): Promise<void>;
  /** latencies of the leads committed at these times (ms since the epoch, from wallClock) */
  measure(committedAt: Record<number, number>): Promise<SwarmStats>;
  stop(): Promise<void>;
}

/** Forks the swarm (dist/bench/support/subscriber-swarm.js) and resolves once all its clients are connected. */
export function forkSwarm(url: string, token: string, size: number): Promise<Swarm> {
  const child = fork(__filename, [], {
    env: { ...process.env, SWARM_URL: url, SWARM_TOKEN: token, SWARM_SIZE: String(size) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (type: SwarmMessage['type'], timeoutMs = 120_000) =>
    new Promise<SwarmMessage>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the subscriber swarm sent no '${type}' within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      const listener = (message: SwarmMessage) => {
        if (message.type !== type && message.type !== 'error') return;
        clearTimeout(timer);
        child.off('message', listener);
        if (message.type === 'error') reject(new Error(message.message));
        else resolve(message);
      };
      child.on('message', listener);
    });
  const request = (message: SwarmRequest) => child.send(message);
  return next('ready').then(() => ({
    async receive(ids, timeoutMs) {
      const done = next('received', timeoutMs);
      request({ type: 'await', ids });
      await done;
    },
    async measure(committedAt) {
      const answer = next('stats');
      request({ type: 'measure', committedAt });
      return ((await answer) as Extract<SwarmMessage, { type: 'stats' }>).stats;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        request({ type: 'stop' });
      }),
  }));
}

if (require.main === module) runSwarm(process.env.SWARM_URL!, process.env.SWARM_TOKEN!, Number(process.env.SWARM_SIZE));
