import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { apiError } from '../../../src/schema/errors';
import { internalError } from '../../../src/schema/rest-error';

/** A REST route that fails with `error`, behind the routes' last error handler, answering one real request. */
async function answerTo(error: Error): Promise<Response> {
  const app = express();
  app.post('/route', () => {
    throw error;
  });
  app.use('/route', internalError);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/route`, { method: 'POST' });
  } finally {
    server.close();
  }
}

describe("a REST route's last error handler", () => {
  it('answers a transaction that kept losing to concurrent ones (BUSY) with 503 and Retry-After, as nothing was written', async () => {
    const response = await answerTo(apiError('BUSY', 'Concurrent changes kept colliding; send it again'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({
      error: 'BUSY',
      message: 'Concurrent changes kept colliding; send it again',
    });
  });

  it('answers any other failure with 500 and no detail', async () => {
    const response = await answerTo(new Error('SqliteError: something internal'));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: 'INTERNAL_SERVER_ERROR',
      message: 'The server failed; the error is logged',
    });
  });
});
