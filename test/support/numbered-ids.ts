import { toGlobalId } from '../../src/schema/global-id';

/**
 * A raw GraphQL answer with every global id in it (values and messages alike) written as its type and rank among
 * the ids of that type in the answer ("Relation #0" for the smallest), so that answers from databases that number
 * records differently compare equal.
 */
export function numberedIds(body: string): string {
  const ids = new Map<string, { type: string; id: number }>();
  for (const [token] of body.matchAll(/[A-Za-z0-9_-]{6,}/g)) {
    const match = /^([A-Z][A-Za-z]+):(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
    if (match && toGlobalId(match[1], Number(match[2])) === token) ids.set(token, { type: match[1], id: +match[2] });
  }
  const ranked = [...ids.entries()].sort(([, a], [, b]) => a.type.localeCompare(b.type) || a.id - b.id);
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const [globalId, { type }] of ranked) {
    const rank = seen.get(type) ?? 0;
    seen.set(type, rank + 1);
    names.set(globalId, `${type} #${rank}`);
  }
  return body.replace(/[A-Za-z0-9_-]{6,}/g, (token) => names.get(token) ?? token);
}
