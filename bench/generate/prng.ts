/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast, and good enough to make test data reproducible. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A well-mixed seed for item `key` of stream `seed`, so any item can be rebuilt without replaying the stream. */
export function derivedSeed(seed: number, key: number, salt = 0): number {
  let h = (Math.imul(seed ^ salt, 0x85ebca6b) ^ Math.imul(key, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function int(r: Random, below: number): number {
  return Math.floor(r() * below);
}

export function chance(r: Random, probability: number): boolean {
  return r() < probability;
}

export function pick<T>(r: Random, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

/** A picker that honours the weights; the cumulative table is built once. */
export function weighted<T>(entries: readonly (readonly [weight: number, item: T])[]): (r: Random) => T {
  const total = entries.reduce((sum, [w]) => sum + w, 0);
  let running = 0;
  const bounds = entries.map(([w]) => (running += w) / total);
  return (r) => {
    const x = r();
    let i = 0;
    while (i < bounds.length - 1 && x >= bounds[i]) i++;
    return entries[i][1];
  };
}

/**
 * Maps `index` one-to-one onto [0, space) in a scrambled order, so distinct entities get distinct registration
 * and phone numbers (while there are fewer of them than `space`, at most 2^30) that do not count up visibly.
 * Bijective steps on the enclosing power of two, repeated until the value falls inside the space (cycle walking).
 */
export function scatter(index: number, space: number, salt: number): number {
  const bits = 32 - Math.clz32(space - 1);
  const mask = 2 ** bits - 1;
  const half = (bits >>> 1) + 1;
  let x = index % space;
  do {
    x = (x + salt) & mask;
    x = Math.imul(x, 0x2c1b3c6d) & mask;
    x ^= x >>> half;
    x = Math.imul(x, 0x297a2d39) & mask;
    x ^= x >>> half;
  } while (x >= space);
  return x;
}
