import crypto from 'node:crypto';
import type { AuthChecker } from 'type-graphql';
import type { User } from '../entities';
import { UserRole } from '../entities/enums';
import type { Context } from './context';
import { forbidden, unauthenticated } from './errors';

/** How bearer tokens and site keys are stored: their SHA-256, never the secret itself. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** A new random secret that names what it is by its prefix ("crm_…", "site_…"). */
export function newSecret(prefix: string): string {
  return prefix + crypto.randomBytes(32).toString('base64url');
}

/** FORBIDDEN unless the user has one of the roles (any, when none are named); ADMIN may do everything. */
export function assertRole(user: User, roles: readonly UserRole[], what = 'This'): void {
  if (roles.length === 0 || user.role === UserRole.ADMIN || roles.includes(user.role)) return;
  throw forbidden(`${what} needs the role ${roles.join(' or ')}; you are ${user.role}`);
}

/** @Authorized() needs a user; @Authorized(roles) one of those roles. */
export const authChecker: AuthChecker<Context, UserRole> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated(context.authRefusal);
  assertRole(context.user, roles);
  return true;
};

/** A user who is signed in, for resolvers behind @Authorized. */
export function currentUser(context: Context): User {
  if (!context.user) throw unauthenticated(context.authRefusal);
  return context.user;
}
