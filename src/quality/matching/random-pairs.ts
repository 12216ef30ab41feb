/** mulberry32: a small seeded generator, so that training gives the same model twice. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Number of pairs of records that share an entity type. */
export function countSameTypePairs(entityTypes: readonly string[]): number {
  const perType = new Map<string, number>();
  for (const type of entityTypes) perType.set(type, (perType.get(type) ?? 0) + 1);
  return [...perType.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
}

/** Up to `count` distinct random index pairs [i, j], i < j, of records of the same entity type; every such pair when there are no more. */
export function sampleRandomPairs(
  entityTypes: readonly string[],
  count: number,
  seed: number,
): Array<[number, number]> {
  const n = entityTypes.length;
  const pairs: Array<[number, number]> = [];
  if (countSameTypePairs(entityTypes) <= count) {
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) if (entityTypes[i] === entityTypes[j]) pairs.push([i, j]);
    return pairs;
  }
  const random = seededRandom(seed);
  const seen = new Set<number>();
  for (let attempt = 0; pairs.length < count && attempt < count * 20; attempt++) {
    const x = Math.floor(random() * n);
    const y = Math.floor(random() * n);
    const [i, j] = x < y ? [x, y] : [y, x];
    if (i === j || entityTypes[i] !== entityTypes[j] || seen.has(i * n + j)) continue;
    seen.add(i * n + j);
    pairs.push([i, j]);
  }
  return pairs;
}
