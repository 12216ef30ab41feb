import { once } from 'node:events';
import WebSocket from 'ws';
import { bearer, waitFor } from '../support/live-client';
import { startTestApp, type Actor, type TestApp } from '../support/test-app';

const PING_MS = 200;

let app: TestApp;
let admin: Actor;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  app = await startTestApp({ wsPingMs: PING_MS });
  admin = await app.actor('ADMIN');
});
afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  await app.close();
});

interface Connection {
  socket: WebSocket;
  /** the close code the client saw */
  closed: Promise<number>;
  pings(): number;
}

/** A graphql-ws connection made by hand and acknowledged, which answers the server's pings or, like a sleeping laptop, not. */
async function connect(answersPings: boolean): Promise<Connection> {
  const socket = new WebSocket(app.url.replace(/^http/, 'ws'), 'graphql-transport-ws', { autoPong: answersPings });
  sockets.push(socket);
  let pings = 0;
  socket.on('ping', () => (pings += 1));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init', payload: bearer(admin.token) }));
  const [ack] = await once(socket, 'message');
  expect(JSON.parse(String(ack))).toEqual({ type: 'connection_ack' });
  return { socket, closed, pings: () => pings };
}

describe('websocket pings (WS_PING_SECONDS)', () => {
  it('closes a websocket that has not answered its ping by the next one', async () => {
    const silent = await connect(false);
    await waitFor(() => silent.pings() >= 1, 'a ping from the server');
    // terminated, not closed with a handshake: the other end is taken to be gone
    expect(await silent.closed).toBe(1006);
    expect(silent.pings()).toBeLessThanOrEqual(2);
  });

  it('keeps a websocket that answers its pings open and answering', async () => {
    const live = await connect(true);
    await waitFor(() => live.pings() >= 4, 'four pings from the server');
    expect(live.socket.readyState).toBe(WebSocket.OPEN);
    live.socket.send(JSON.stringify({ type: 'ping' }));
    const [pong] = await once(live.socket, 'message');
    expect(JSON.parse(String(pong))).toEqual({ type: 'pong' });
  });
});
