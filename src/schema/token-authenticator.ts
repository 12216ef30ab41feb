import { In, type DataSource } from 'typeorm';
import { dateParameter } from '../db/dialect';
import { transaction } from '../db/transaction';
import { ApiToken, User } from '../entities';
import type { Logger } from '../logger';
import { tokenRefusal } from '../tokens/api-token.service';
import { hashToken } from './auth';
import type { TokenCache } from './token-cache';

/** How stale a token's lastUsedAt may get: it is written at most this often, not on every request. */
export const LAST_USED_PRECISION_MS = 60_000;
const IDS_PER_QUERY = 500;

/** A bearer token that lets its user in. */
export interface Credential {
  user: User;
  apiToken: ApiToken;
}

/** Whose a bearer token is, or why it no longer lets anyone in (null: no token was sent, or one never issued). */
export type Authentication = Credential | { refused: string } | null;

/**
 * Checks bearer tokens against the database, or against the short-lived cache a revocation empties on every
 * instance at once (an expired or revoked token is refused at once, whichever server instance revoked it), and
 * records when each was last used without a write per request.
 */
export class TokenAuthenticator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly cache: TokenCache | null = null,
  ) {}

  /** The user behind an "Authorization: Bearer …" header. */
  async authenticate(authorization: string | undefined): Promise<Authentication> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return null;
    const hash = hashToken(match[1]);
    const credential = this.cache?.get(hash) ?? (await this.lookUp(hash));
    if (!credential) return null;
    const refusal = tokenRefusal(credential.apiToken);
    if (refusal) return { refused: refusal };
    this.noteUse(credential.apiToken);
    return credential;
  }

  private async lookUp(hash: string): Promise<Credential | null> {
    const mark = this.cache?.begin() ?? 0;
    const apiToken = await this.dataSource
      .getRepository(ApiToken)
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.user', User, 'u', 'u.id = t.userId')
      .where('t.tokenHash = :hash', { hash })
      .getOne();
    if (!apiToken?.user) return null;
    const credential = { user: apiToken.user, apiToken };
    this.cache?.set(hash, credential, mark);
    return credential;
  }

  /** Why each of these tokens no longer lets anyone in, for those that do not. */
  async refusals(tokenIds: Iterable<number>): Promise<Map<number, string>> {
    const ids = [...tokenIds];
    const refused = new Map<number, string>();
    for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
      const tokens = await this.dataSource.getRepository(ApiToken).find({
        select: { id: true, revokedAt: true, expiresAt: true },
        where: { id: In(ids.slice(start, start + IDS_PER_QUERY)) },
      });
      const now = new Date();
      const found = new Set(tokens.map((token) => token.id));
      for (const token of tokens) {
        const refusal = tokenRefusal(token, now);
        if (refusal) refused.set(token.id, refusal);
      }
      for (const id of ids.slice(start, start + IDS_PER_QUERY))
        if (!found.has(id)) refused.set(id, 'This API token no longer exists');
    }
    return refused;
  }

  /** Sets lastUsedAt when it is more than a minute old; the write does not hold up the request. */
  private noteUse(apiToken: ApiToken): void {
    const now = new Date();
    if (apiToken.lastUsedAt && now.getTime() - apiToken.lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
    // a cached token is not written again by the requests that follow
    apiToken.lastUsedAt = now;
    const staleBefore = dateParameter(new Date(now.getTime() - LAST_USED_PRECISION_MS));
    // queued behind an open SQLite transaction, not written into it; the condition lets concurrent requests change the row once
    transaction(this.dataSource, ({ manager }) =>
      manager
        .createQueryBuilder()
        .update(ApiToken)
        .set({ lastUsedAt: now })
        .where('id = :id AND (lastUsedAt IS NULL OR lastUsedAt < :staleBefore)', { id: apiToken.id, staleBefore })
        .execute(),
    ).catch((error: Error) => this.logger.warn({ err: error, tokenId: apiToken.id }, 'lastUsedAt not recorded'));
  }
}
