import crypto from 'node:crypto';
import type { AuthChecker } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiToken, User } from '../entities';
import { UserRole } from '../entities/enums';
import type { Context } from './context';
import { forbidden, unauthenticated } from './errors';

const TOKEN_PREFIX = 'crm_';

/** How bearer tokens and site keys are stored: their SHA-256, never the secret itself. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** A new random secret that names what it is by its prefix ("crm_…", "site_…"). */
export function newSecret(prefix: string): string {
  return prefix + crypto.randomBytes(32).toString('base64url');
}

/** Issues a new bearer token for a user; only its hash is stored. */
export async function issueToken(manager: EntityManager, userId: number): Promise<string> {
  const token = newSecret(TOKEN_PREFIX);
  await manager.insert(ApiToken, { userId, tokenHash: hashToken(token) });
  return token;
}

/** The user behind an "Authorization: Bearer …" header, or null when there is none or it is unknown. */
export async function authenticate(dataSource: DataSource, authorization: string | undefined): Promise<User | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return null;
  return dataSource
    .getRepository(User)
    .createQueryBuilder('u')
    .innerJoin(ApiToken, 't', 't.userId = u.id')
    .where('t.tokenHash = :hash', { hash: hashToken(match[1]) })
    .getOne();
}

/** FORBIDDEN unless the user has one of the roles (any, when none are named); ADMIN may do everything. */
export function assertRole(user: User, roles: readonly UserRole[], what = 'This'): void {
  if (roles.length === 0 || user.role === UserRole.ADMIN || roles.includes(user.role)) return;
  throw forbidden(`${what} needs the role ${roles.join(' or ')}; you are ${user.role}`);
}

/** @Authorized() needs a user; @Authorized(roles) one of those roles. */
export const authChecker: AuthChecker<Context, UserRole> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated();
  assertRole(context.user, roles);
  return true;
};

/** A user who is signed in, for resolvers behind @Authorized. */
export function currentUser(context: Context): User {
  if (!context.user) throw unauthenticated();
  return context.user;
}
