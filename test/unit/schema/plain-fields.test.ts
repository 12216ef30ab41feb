import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { UserRole } from '../../../src/entities/enums';
import { schemaFields } from '../../support/schema-fields';

let fieldsOf: Awaited<ReturnType<typeof schemaFields>>;

beforeAll(async () => {
  fieldsOf = await schemaFields();
});

describe('fields no rule guards', () => {
  it('are read off the record without a resolver of their own', () => {
    for (const [type, field] of [
      ['Lead', 'lastName'],
      ['Lead', 'status'],
      ['User', 'name'],
      ['Relation', 'name'],
      ['Tag', 'name'],
      ['PageInfo', 'endCursor'],
      ['LeadEdge', 'node'],
    ])
      expect({ type, field, resolve: fieldsOf(type)[field].resolve }).toEqual({ type, field, resolve: undefined });
  });

  it('keep a resolver when renamed in the schema (id reads globalId)', () => {
    expect(fieldsOf('Lead').id.resolve).toBeInstanceOf(Function);
  });
});

describe('fields behind @Authorized', () => {
  it('keep their resolver and its check', async () => {
    const label = fieldsOf('DuplicateCluster').label;
    const ask = (role: UserRole) =>
      Promise.resolve().then(() =>
        label.resolve!({ label: 'Egeskov Tag' }, {}, { user: { role }, authRefusal: null }, {} as GraphQLResolveInfo),
      );
    await expect(ask(UserRole.SALES)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(ask(UserRole.STEWARD)).resolves.toBe('Egeskov Tag');
  });
});
