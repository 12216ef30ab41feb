import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { accessLog } from '../../src/access-log';

interface Line {
  level: number;
  req: { method: string; url: string };
  res: { statusCode: number | null };
  responseTime: number;
  operationName?: string;
  msg: string;
}

let server: http.Server;
let url: string;
const lines: Line[] = [];
let answerSlowly: (() => void) | null = null;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app = express();
  app.use(accessLog(pino(sink)));
  app.post('/graphql', express.json(), (req, res) => {
    req.log?.info('handled');
    res.json({ data: { me: null } });
  });
  app.get('/broken', (req, res) => {
    req.log?.error('request failed');
    res.status(500).end();
  });
  app.get('/slow', (_req, res) => {
    answerSlowly = () => res.end('late');
  });
  server = http.createServer(app).listen(0);
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const waitForLines = async (n: number) => {
  while (lines.length < n) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('the access log', () => {
  it('writes one line per answered request: method, path, status, time, operation name, never the headers', async () => {
    lines.length = 0;
    const response = await fetch(`${url}/graphql?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token' },
      body: JSON.stringify({ query: '{ me { id } }', operationName: 'Me' }),
    });
    expect(response.status).toBe(200);
    await waitForLines(2);
    const [handled, access] = lines;
    // the handlers log through req.log, which names the request
    expect(handled).toMatchObject({ msg: 'handled', req: { method: 'POST', url: '/graphql?x=1' } });
    expect(access).toMatchObject({
      level: 30,
      req: { method: 'POST', url: '/graphql?x=1' },
      res: { statusCode: 200 },
      operationName: 'Me',
      msg: expect.stringMatching(/^POST \/graphql\?x=1 200 \d+ms$/),
    });
    expect(typeof access.responseTime).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret-token');
  });

  it("writes a 5xx answer's line at level error", async () => {
    lines.length = 0;
    expect((await fetch(`${url}/broken`)).status).toBe(500);
    await waitForLines(2);
    expect(lines).toMatchObject([
      { level: 50, msg: 'request failed', req: { method: 'GET', url: '/broken' } },
      { level: 50, res: { statusCode: 500 }, msg: expect.stringMatching(/^GET \/broken 500 \d+ms$/) },
    ]);
  });

  it('writes the line with status null when the client gives up before the answer', async () => {
    lines.length = 0;
    const client = new AbortController();
    const request = fetch(`${url}/slow`, { signal: client.signal }).catch((error: Error) => error);
    while (!answerSlowly) await new Promise((resolve) => setTimeout(resolve, 5));
    client.abort();
    expect(await request).toMatchObject({ name: 'AbortError' });
    await waitForLines(1);
    expect(lines[0]).toMatchObject({ req: { method: 'GET', url: '/slow' }, res: { statusCode: null } });
    // answered after all: still the one line
    answerSlowly!();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines).toHaveLength(1);
  });
});
