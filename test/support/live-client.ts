import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app';

/** A graphql-ws client of the app over a real websocket, with connectionParams as given (a token, or nothing); it never retries. */
export function liveClient(app: Pick<TestApp, 'url'>, connectionParams: Record<string, unknown> = {}): Client {
  return createClient({
    url: app.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
  });
}

/** One result a subscription pushes, as the client gets it. */
export type LiveResult<T> = FormattedExecutionResult<T, unknown>;

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** waitFor, for a condition that must be read (from the database, say). */
export async function waitForAsync(condition: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One subscription as a client sees it: the results as they come, and how it ended (the error, the close event, or undefined when completed). */
export class LiveSubscription<T = Record<string, any>> {
  readonly results: LiveResult<T>[] = [];
  readonly ended: Promise<unknown>;
  done = false;
  private taken = 0;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.ended = new Promise((resolve) => {
      const end = (reason: unknown) => {
        this.done = true;
        resolve(reason);
      };
      client.subscribe<T>(
        { query, variables },
        { next: (result) => this.results.push(result), error: end, complete: () => end(undefined) },
      );
    });
  }

  /** The next n results. */
  async take(n: number): Promise<LiveResult<T>[]> {
    await waitFor(
      () => this.results.length >= this.taken + n,
      `${n} results (have ${JSON.stringify(this.results.slice(this.taken))})`,
    );
    this.taken += n;
    return this.results.slice(this.taken - n, this.taken);
  }

  /** The next results up to and including the first that passes last. */
  async takeUntil(last: (result: LiveResult<T>) => boolean): Promise<LiveResult<T>[]> {
    const found = () => this.results.slice(this.taken).findIndex(last);
    await waitFor(
      () => found() >= 0,
      `the last result expected (have ${JSON.stringify(this.results.slice(this.taken))})`,
    );
    return this.take(found() + 1);
  }
}

/** Subscribes and waits until the server listens for the subscription, so what happens next reaches it. */
export async function subscribe<T = Record<string, any>>(
  app: TestApp,
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<LiveSubscription<T>> {
  const before = app.server.liveSubscriptions();
  const subscription = new LiveSubscription<T>(client, query, variables);
  await waitFor(
    () => app.server.liveSubscriptions() > before || subscription.done,
    'the server to listen for the subscription',
  );
  return subscription;
}
