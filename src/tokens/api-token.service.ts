import type { EntityManager } from 'typeorm';
import { ApiToken } from '../entities';
import { hashToken, newSecret } from '../schema/auth';
import { badInput, notFound } from '../schema/errors';
import { parseDuration } from './duration';

const TOKEN_PREFIX = 'crm_';
const MAX_NAME_LENGTH = 100;

export interface NewApiToken {
  /** what the token is for */
  name?: string | null;
  /** its lifetime, such as 90d; none: it never expires */
  expires?: string | null;
  /** the argument that gave the lifetime, for its error */
  field?: string;
}

/** Issues a new bearer token for a user; only its hash is stored, the token itself is returned once. */
export async function issueToken(
  manager: EntityManager,
  userId: number,
  input: NewApiToken = {},
): Promise<{ apiToken: ApiToken; token: string }> {
  const name = input.name?.trim() || null;
  if (name && name.length > MAX_NAME_LENGTH)
    throw badInput(`A token's name has at most ${MAX_NAME_LENGTH} characters, got ${name.length}`, 'name');
  const expiresAt = input.expires ? new Date(Date.now() + parseDuration(input.expires, input.field)) : null;
  const token = newSecret(TOKEN_PREFIX);
  const apiToken = await manager.save(
    manager.create(ApiToken, { userId, tokenHash: hashToken(token), name, expiresAt }),
  );
  return { apiToken, token };
}

/** A user's tokens, newest first, revoked and expired ones too. */
export function listTokens(manager: EntityManager, userId: number, limit: number): Promise<ApiToken[]> {
  return manager.find(ApiToken, { where: { userId }, order: { id: 'DESC' }, take: limit });
}

/** Revokes a token from now on; one revoked already keeps the time it was revoked (wasRevoked). */
export async function revokeToken(
  manager: EntityManager,
  id: number,
  shownId = String(id),
): Promise<{ apiToken: ApiToken; wasRevoked: boolean }> {
  const apiToken = await manager.findOneBy(ApiToken, { id });
  if (!apiToken) throw notFound('ApiToken', shownId);
  const wasRevoked = apiToken.revokedAt !== null;
  if (!wasRevoked) {
    apiToken.revokedAt = new Date();
    await manager.update(ApiToken, { id }, { revokedAt: apiToken.revokedAt });
  }
  return { apiToken, wasRevoked };
}

/** Why a token no longer lets anyone in, or null while it does. */
export function tokenRefusal(apiToken: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now = new Date()): string | null {
  if (apiToken.revokedAt) return `This API token was revoked at ${apiToken.revokedAt.toISOString()}`;
  if (apiToken.expiresAt && apiToken.expiresAt <= now)
    return `This API token expired at ${apiToken.expiresAt.toISOString()}`;
  return null;
}
