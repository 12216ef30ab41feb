import type { EntityManager } from 'typeorm';
import isEmail from 'validator/lib/isEmail';
import { Division, User } from '../entities';
import { UserRole } from '../entities/enums';
import { apiError, badInput, conflict, notFound } from '../schema/errors';
import { idOf } from '../schema/global-id';
import { divisionLimit } from '../schema/access';
import { visibleDivision } from '../records/record-query';
import { InputRejected } from '../fields/field-errors';
import { colleagueErrors } from '../records/reference-check';
import { issueToken } from '../tokens/api-token.service';

export async function findUser(manager: EntityManager, globalId: string, field = 'userId'): Promise<User> {
  const user = await manager.findOneBy(User, { id: idOf('User', globalId, field) });
  if (!user) throw notFound('User', globalId);
  return user;
}

/** A user who is to own, manage or be given a record of this division: BAD_USER_INPUT for one who could not work it. */
export async function findColleague(
  manager: EntityManager,
  globalId: string,
  divisionId: number | null,
  field = 'userId',
): Promise<User> {
  const user = await findUser(manager, globalId, field);
  const errors = colleagueErrors(field, user.id, new Map([[user.id, user]]), divisionId);
  if (errors.length > 0) throw new InputRejected(errors);
  return user;
}

/**
 * The users the actor may see, by name, of one division when it is named: a SALES user sees the colleagues who may
 * work their division (theirs, the stewards and admins), and FORBIDDEN asking for another division.
 */
export function visibleUsers(manager: EntityManager, actor: User, divisionGlobalId?: string | null): Promise<User[]> {
  const query = manager.createQueryBuilder(User, 'u').orderBy('u.name', 'ASC').addOrderBy('u.id', 'ASC');
  if (divisionGlobalId)
    query.andWhere('u.divisionId = :division', { division: visibleDivision(actor, divisionGlobalId) });
  const limit = divisionLimit(actor);
  if (limit !== undefined)
    query.andWhere(
      `(u.role <> :sales OR ${limit === null ? 'u.divisionId IS NULL' : 'u.divisionId = :limit'} OR u.id = :self)`,
      {
        sales: UserRole.SALES,
        limit,
        self: actor.id,
      },
    );
  return query.getMany();
}

/** The user with this e-mail address, in any case. */
export async function userByEmail(manager: EntityManager, email: string): Promise<User> {
  const user = await manager.findOneBy(User, { email: email.trim().toLowerCase() });
  if (!user) throw apiError('NOT_FOUND', `No user has the e-mail address '${email}'`, { email });
  return user;
}

/** The division with this name, created when it is new. */
export async function divisionNamed(manager: EntityManager, name: string): Promise<Division> {
  const existing = await manager.findOneBy(Division, { name });
  return existing ?? manager.save(manager.create(Division, { name }));
}

export interface NewUser {
  email: string;
  name: string;
  role: string;
  divisionName?: string | null;
}

/** Creates a user with a first API token; the token is shown once and stored only hashed. */
export async function createUser(manager: EntityManager, input: NewUser): Promise<{ user: User; token: string }> {
  const email = input.email.trim().toLowerCase();
  if (!isEmail(email)) throw badInput(`'${input.email}' is not an e-mail address`, 'email');
  if (!input.name.trim()) throw badInput('A user needs a name', 'name');
  const role = input.role.toUpperCase() as UserRole;
  if (!Object.values(UserRole).includes(role))
    throw badInput(`Role must be one of ${Object.values(UserRole).join(', ')}, got '${input.role}'`, 'role');
  if (await manager.existsBy(User, { email })) throw conflict(`A user with e-mail ${email} exists already`);
  const division = input.divisionName ? await divisionNamed(manager, input.divisionName.trim()) : null;
  const user = await manager.save(
    manager.create(User, { email, name: input.name.trim(), role, divisionId: division?.id ?? null }),
  );
  return { user, token: (await issueToken(manager, user.id)).token };
}
