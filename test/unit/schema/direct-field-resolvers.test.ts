import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Lead, User } from '../../../src/entities';
import { UserRole } from '../../../src/entities/enums';
import { isCalledDirectly } from '../../../src/schema/direct-field-resolvers';
import { schemaFields } from '../../support/schema-fields';

let fieldsOf: Awaited<ReturnType<typeof schemaFields>>;
const info = {} as GraphQLResolveInfo;
const asRole = (role: UserRole) => ({ user: Object.assign(new User(), { role, divisionId: 1 }), authRefusal: null });

beforeAll(async () => {
  fieldsOf = await schemaFields();
});

describe('field resolvers called straight from the schema', () => {
  it('are those that take only record, context and info and that nothing guards', () => {
    for (const [type, field] of [
      ['Lead', 'owner'],
      ['Lead', 'relation'],
      ['Lead', 'tags'],
      ['Relation', 'division'],
    ])
      expect({ type, field, direct: isCalledDirectly(fieldsOf(type)[field].resolve) }).toEqual({
        type,
        field,
        direct: true,
      });
    // behind @Authorized, or taking arguments
    for (const [type, field] of [
      ['Lead', 'findings'],
      ['Lead', 'activities'],
      ['Relation', 'contacts'],
    ])
      expect({ type, field, direct: isCalledDirectly(fieldsOf(type)[field].resolve) }).toEqual({
        type,
        field,
        direct: false,
      });
  });

  it('get the record and the context in the order the method declares them', async () => {
    const owner = Object.assign(new User(), { id: 7, role: UserRole.SALES, divisionId: 1, name: 'Ann' });
    const lead = Object.assign(new Lead(), { id: 1, ownerId: 7 });
    const ctx = {
      ...asRole(UserRole.SALES),
      loaders: { user: { load: async (id: number) => (id === 7 ? owner : null) } },
    };
    await expect(fieldsOf('Lead').owner.resolve!(lead, {}, ctx, info)).resolves.toBe(owner);
  });

  it('leave a record not yet of the field class to type-graphql, which converts it', async () => {
    const plain = { id: 1, convertedRelationId: null };
    await expect(
      Promise.resolve(fieldsOf('Lead').relation.resolve!(plain, {}, asRole(UserRole.SALES), info)),
    ).resolves.toBeNull();
  });

  it('are not used for a field resolver behind @Authorized, which keeps its check', async () => {
    const lead = Object.assign(new Lead(), { id: 1 });
    const ask = () =>
      Promise.resolve().then(() =>
        fieldsOf('Lead').findings.resolve!(lead, { includeIgnored: false }, asRole(UserRole.SALES), info),
      );
    await expect(ask()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
