import { FIRST_PAUSE_MS, LONGEST_PAUSE_MS, RestartBackoff, STABLE_MS } from '../../../src/cluster/restart-backoff';

describe('the pause before a dead worker is replaced', () => {
  it('doubles while workers die young one after another, up to the longest pause', () => {
    const backoff = new RestartBackoff();
    const pauses = Array.from({ length: 10 }, () => backoff.next(100));
    expect(pauses.slice(0, 4)).toEqual([FIRST_PAUSE_MS, FIRST_PAUSE_MS * 2, FIRST_PAUSE_MS * 4, FIRST_PAUSE_MS * 8]);
    expect(pauses.at(-1)).toBe(LONGEST_PAUSE_MS);
  });

  it('starts again from the first pause once a worker had run a while', () => {
    const backoff = new RestartBackoff();
    for (let n = 0; n < 5; n += 1) backoff.next(100);
    expect(backoff.next(STABLE_MS)).toBe(FIRST_PAUSE_MS);
    expect([backoff.next(100), backoff.next(100)]).toEqual([FIRST_PAUSE_MS, FIRST_PAUSE_MS * 2]);
  });
});
