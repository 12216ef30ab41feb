import type { User } from '../entities';
import { assertDivisionAccess, mayWork, maySeeUser } from '../schema/access';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { forbidden } from '../schema/errors';

interface InDivision {
  globalId: string;
  divisionId: number | null;
}

/**
 * A record one record's field leads to (a lead's relation, a deal's contact): FORBIDDEN when it lies in a division
 * the user does not work, as node(id) answers; a STEWARD may link records across divisions.
 */
export async function reachable<T extends InDivision>(
  ctx: Context,
  loading: T | Promise<T | null> | null,
): Promise<T | null> {
  const record = await loading;
  if (record)
    assertDivisionAccess(currentUser(ctx), record.divisionId, `${record.constructor.name} ${record.globalId}`);
  return record;
}

/** A record's list of others (a relation's contacts and deals) without those in divisions the user does not work. */
export async function withinReach<T extends Pick<InDivision, 'divisionId'>>(
  ctx: Context,
  loading: Promise<T[]>,
): Promise<T[]> {
  const user = currentUser(ctx);
  return (await loading).filter((record) => mayWork(user, record.divisionId));
}

/** A user a field names (an owner, a deal's manager): FORBIDDEN when a SALES user of another division, whose e-mail the reader may not see. */
export async function reachableUser(ctx: Context, loading: Promise<User | null> | null): Promise<User | null> {
  const user = await loading;
  if (user && !maySeeUser(currentUser(ctx), user))
    throw forbidden(
      `User ${user.globalId} works in another division; SALES users see only their own division's colleagues`,
    );
  return user;
}
