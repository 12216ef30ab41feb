import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { connection } from './live/connection';

/** One urql client per signed-in token: queries over HTTP, subscriptions over graphql-ws on the same path. */
export function createApiClient(token: string): Client {
  const ws = createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    // a page that moves from one live view to another keeps the socket
    lazyCloseTimeout: 2000,
    // no retry here: a live page subscribes again itself, with after: the newest cursor it holds by then
    retryAttempts: 0,
    on: { connected: () => connection.set('live'), closed: () => connection.set('reconnecting') },
  });
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    // POST with a JSON body: Apollo's CSRF prevention refuses a GET without a preflight header
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return { subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }) };
        },
      }),
    ],
  });
}
