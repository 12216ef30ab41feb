import { badInput } from './errors';

/** Relay global ids: opaque base64url of "Type:id". */
export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string, field = 'id'): { type: string; id: number } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):(\d+)$/.exec(decoded);
  if (!match) throw badInput(`'${globalId}' is not an id this API issued`, field);
  return { type: match[1], id: Number(match[2]) };
}

/** Decodes a global id that must name a record of the given type. */
export function idOf(type: string, globalId: string, field = 'id'): number {
  const decoded = fromGlobalId(globalId, field);
  if (decoded.type !== type)
    throw badInput(`${field} must be the id of a ${type}, got the id of a ${decoded.type}`, field);
  return decoded.id;
}
