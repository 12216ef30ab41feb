import type { User } from '../entities';
import { UserRole } from '../entities/enums';
import { forbidden } from './errors';

/** Who writes a record: a signed-in user, or a connector acting for nobody (a web site, `crm import`), id null. */
export type Actor = Pick<User, 'role' | 'divisionId'> & { id: number | null };

/**
 * SALES users work within their own division; STEWARD and ADMIN see every division.
 * Returns the one division a user is limited to, or undefined when unlimited.
 */
export function divisionLimit(user: Actor): number | null | undefined {
  return user.role === UserRole.SALES ? user.divisionId : undefined;
}

/** Whether the user may work the records of this division. */
export function mayWork(user: Actor, divisionId: number | null): boolean {
  const limit = divisionLimit(user);
  return limit === undefined || limit === divisionId;
}

export function assertDivisionAccess(user: Actor, divisionId: number | null, what: string): void {
  if (!mayWork(user, divisionId))
    throw forbidden(`${what} belongs to another division; SALES users work only in their own`);
}

/** A user the actor may see (and their e-mail): one who may work the actor's division; everyone for STEWARD and ADMIN. */
export function maySeeUser(actor: Actor, user: Actor): boolean {
  return user.id === actor.id || divisionLimit(actor) === undefined || mayWork(user, actor.divisionId);
}
