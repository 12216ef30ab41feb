/**
 * Revocations through Redis: announce() resolves only once the announcing process's own subscriber has heard the word,
 * which Redis sends to every subscriber at once; so a revocation that answers has reached the other instances' sockets.
 */
import crypto from 'node:crypto';
import { openTokenRevocations, type TokenRevocations } from '../../src/live/token-revocations';
import { createLogger } from '../../src/logger';
import { assertRedisReachable, REDIS_URL } from '../support/redis';

const opened: TokenRevocations[] = [];
afterAll(() => Promise.all(opened.map((revocations) => revocations.close())));

async function open(redisChannelPrefix: string): Promise<TokenRevocations> {
  const revocations = await openTokenRevocations({ redisUrl: REDIS_URL, redisChannelPrefix }, createLogger('silent'));
  opened.push(revocations);
  return revocations;
}

it('has every listener of the announcing process hear a revocation by the time announce() resolves', async () => {
  await assertRedisReachable();
  const prefix = `crm-test-${crypto.randomUUID()}:`;
  const announcer = await open(prefix);
  let heard = 0;
  await announcer.listen(() => (heard += 1));
  for (let n = 1; n <= 20; n++) {
    await announcer.announce();
    expect(heard).toBe(n);
  }
});
