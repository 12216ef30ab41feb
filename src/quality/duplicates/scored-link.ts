import type { Evidence } from '../matching/match-scorer';

/** Two records of one type the model scored, in id order (aId < bId), with the evidence for the score. */
export interface ScoredLink {
  aId: number;
  bId: number;
  score: number;
  evidence: Evidence[];
}

export function scoredLink(x: number, y: number, score: number, evidence: Evidence[]): ScoredLink {
  return x < y ? { aId: x, bId: y, score, evidence } : { aId: y, bId: x, score, evidence };
}

/** One key per unordered pair of record ids. */
export function pairKey(x: number, y: number): string {
  return x < y ? `${x}:${y}` : `${y}:${x}`;
}
