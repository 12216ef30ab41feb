export interface ScoredPair {
  a: string;
  b: string;
  score: number;
}

export interface Cluster {
  /** member ids, sorted */
  ids: string[];
  /** the links at or above the threshold between members */
  links: ScoredPair[];
}

export interface ClusterOptions {
  /** longest allowed shortest path, in links, between two members of a cluster */
  maxDiameter?: number;
  /**
   * Two groups of several members each join only when the links between them number at least this share of the
   * smaller group's members: one link, however strong, is a bridge that may join two different entities.
   */
  minBridgeShare?: number;
}

export const DEFAULT_MAX_DIAMETER = 3;
export const DEFAULT_MIN_BRIDGE_SHARE = 1;

/**
 * Groups records linked by pairs scoring at least `threshold` into clusters. Links are applied strongest first; a link
 * that would join two groups into one whose diameter (the longest shortest path between two members over the links
 * at or above the threshold) exceeds maxDiameter is skipped. A record linked to several members of a group keeps
 * it compact and joins; a long chain of links, each plausible alone, cannot glue unrelated records together.
 */
export function clusterPairs(pairs: readonly ScoredPair[], threshold: number, options: ClusterOptions = {}): Cluster[] {
  const maxDiameter = options.maxDiameter ?? DEFAULT_MAX_DIAMETER;
  const minBridgeShare = options.minBridgeShare ?? DEFAULT_MIN_BRIDGE_SHARE;
  const links = strongestLinks(pairs, threshold);
  const neighbours = new Map<string, Set<string>>();
  const groupOf = new Map<string, string[]>();
  for (const { a, b } of links) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ]) {
      neighbours.set(from, (neighbours.get(from) ?? new Set()).add(to));
      if (!groupOf.has(from)) groupOf.set(from, [from]);
    }
  }
  for (const { a, b } of links) {
    const groupA = groupOf.get(a) as string[];
    const groupB = groupOf.get(b) as string[];
    if (groupA === groupB) continue;
    const smaller = Math.min(groupA.length, groupB.length);
    if (smaller > 1 && linksBetween(groupA, groupB, neighbours) < minBridgeShare * smaller) continue;
    const merged = [...groupA, ...groupB];
    if (merged.length > maxDiameter + 1 && diameter(merged, neighbours) > maxDiameter) continue;
    for (const id of merged) groupOf.set(id, merged);
  }
  const linksOf = new Map<string[], ScoredPair[]>();
  for (const link of links) {
    const group = groupOf.get(link.a) as string[];
    if (group !== groupOf.get(link.b)) continue;
    const groupLinks = linksOf.get(group);
    if (groupLinks === undefined) linksOf.set(group, [link]);
    else groupLinks.push(link);
  }
  return [...linksOf.entries()]
    .map(([group, groupLinks]) => ({ ids: [...group].sort(), links: groupLinks }))
    .sort((x, y) => x.ids[0].localeCompare(y.ids[0]));
}

/** Links at or above the threshold, one per pair (its best score), strongest first, ties by ids for a stable result. */
function strongestLinks(pairs: readonly ScoredPair[], threshold: number): ScoredPair[] {
  const best = new Map<string, ScoredPair>();
  for (const pair of pairs) {
    if (pair.score < threshold || pair.a === pair.b) continue;
    const [a, b] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
    const key = `${a}\u0000${b}`;
    if ((best.get(key)?.score ?? -1) < pair.score) best.set(key, { a, b, score: pair.score });
  }
  return [...best.values()].sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** How many links join a member of one group to a member of the other. */
function linksBetween(
  groupA: readonly string[],
  groupB: readonly string[],
  neighbours: ReadonlyMap<string, ReadonlySet<string>>,
): number {
  const [small, large] = groupA.length <= groupB.length ? [groupA, groupB] : [groupB, groupA];
  const inLarge = new Set(large);
  let count = 0;
  for (const id of small) for (const next of neighbours.get(id) ?? []) if (inLarge.has(next)) count++;
  return count;
}

/** Longest shortest path (in links) between members, over links between members only; Infinity when disconnected. */
function diameter(members: readonly string[], neighbours: ReadonlyMap<string, ReadonlySet<string>>): number {
  const inGroup = new Set(members);
  let longest = 0;
  for (const start of members) {
    const distance = new Map([[start, 0]]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const current = queue[head];
      for (const next of neighbours.get(current) ?? []) {
        if (!inGroup.has(next) || distance.has(next)) continue;
        distance.set(next, (distance.get(current) as number) + 1);
        queue.push(next);
      }
    }
    if (distance.size < members.length) return Infinity;
    longest = Math.max(longest, distance.get(queue[queue.length - 1]) as number);
  }
  return longest;
}
