import os from 'node:os';
import { loadConfig, MAX_WORKERS } from '../../src/config';

describe('WORKERS', () => {
  it('is 1 unless set: one process, as before', () => {
    expect(loadConfig({}).workers).toBe(1);
  });

  it('is the count it says, or one per core for auto or 0', () => {
    expect(loadConfig({ WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ WORKERS: 'auto' }).workers).toBe(Math.min(os.availableParallelism(), MAX_WORKERS));
    expect(loadConfig({ WORKERS: '0' }).workers).toBe(Math.min(os.availableParallelism(), MAX_WORKERS));
  });

  it.each(['65', '-1', '1.5', 'two'])('refuses %s, saying what it must be', (value) => {
    expect(() => loadConfig({ WORKERS: value })).toThrow(
      `WORKERS must be a whole number from 1 to 64, or auto (one per core), got '${value}'`,
    );
  });

  it('refuses more than one with an in-memory SQLite database, which each worker would have empty and alone', () => {
    expect(() => loadConfig({ WORKERS: '2', DATABASE_URL: 'sqlite::memory:' })).toThrow(
      /WORKERS above 1 needs a database the workers share/,
    );
    expect(loadConfig({ WORKERS: '1', DATABASE_URL: 'sqlite::memory:' }).workers).toBe(1);
  });
});
