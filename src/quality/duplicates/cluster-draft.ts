import { clusterPairs } from '../matching/pair-clusterer';
import { pairKey, type ScoredLink } from './scored-link';

/** A cluster as the engine forms it, before it is stored: members in id order and the links that hold them together. */
export interface ClusterDraft {
  memberIds: number[];
  links: ScoredLink[];
}

/** Groups links at or above the threshold into clusters with the engine's chain guard (clusterPairs). */
export function draftClusters(links: readonly ScoredLink[], threshold: number): ClusterDraft[] {
  const best = new Map<string, ScoredLink>();
  for (const link of links) {
    const key = pairKey(link.aId, link.bId);
    if ((best.get(key)?.score ?? -1) < link.score) best.set(key, link);
  }
  const scored = [...best.values()].map((link) => ({ a: String(link.aId), b: String(link.bId), score: link.score }));
  return clusterPairs(scored, threshold).map((cluster) => ({
    memberIds: cluster.ids.map(Number).sort((x, y) => x - y),
    links: cluster.links.map((link) => best.get(pairKey(Number(link.a), Number(link.b))) as ScoredLink),
  }));
}
