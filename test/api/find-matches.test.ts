import { MatchKey } from '../../src/entities';
import { findMatches } from '../../src/quality/matching/find-matches';
import { matchKeyHash } from '../../src/quality/matching/match-key-hash';
import { fromGlobalId } from '../../src/schema/global-id';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: Actor;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN');
});
afterAll(() => app.close());

async function createRelation(input: Record<string, unknown>) {
  const { createRelations } = ok(
    await app.gql(
      `mutation($i: [RelationInput!]!) { createRelations(inputs: $i) { relation { id version } } }`,
      { i: [input] },
      admin.token,
    ),
  );
  return createRelations[0].relation as { id: string; version: number };
}

describe('findMatches over the stored match keys', () => {
  it('finds a relation with the same registration number, explaining why', async () => {
    const stored = await createRelation({
      name: 'Nordisk Tømrer ApS',
      registrationNumber: '13585628',
      country: 'DK',
      city: 'København',
    });
    const [best] = await findMatches(
      app.dataSource.manager,
      {
        entityType: 'LEAD',
        fields: {
          kind: 'BUSINESS',
          companyName: 'Nordisk Tomrer',
          registrationNumber: 'DK 13 58 56 28',
          country: 'DK',
        },
      },
      { entityTypes: ['RELATION'] },
    );
    expect(best.recordId).toBe(fromGlobalId(stored.id).id);
    expect(best.reasons).toContain('REGNO_EXACT');
    expect(best.score).toBeGreaterThan(0.9);
  });

  it('keeps match keys current when a relation is edited, in the same transaction', async () => {
    const stored = await createRelation({ name: 'Bergen Rør AS', phone: '+4755123456', country: 'NO' });
    const probe = {
      entityType: 'LEAD' as const,
      fields: { kind: 'BUSINESS' as const, companyName: 'Bergen Rør', phone: '+47 55 99 88 77', country: 'NO' },
    };
    expect(
      (await findMatches(app.dataSource.manager, probe, { entityTypes: ['RELATION'], minScore: 0.5 })).map(
        (c) => c.recordId,
      ),
    ).not.toContain(fromGlobalId(stored.id).id);
    ok(
      await app.gql(
        `mutation($i: UpdateRelationInput!) { updateRelation(input: $i) { id } }`,
        { i: { id: stored.id, expectedVersion: stored.version, phone: '+4755998877' } },
        admin.token,
      ),
    );
    const keys = await app.dataSource
      .getRepository(MatchKey)
      .findBy({ entityType: 'RELATION', recordId: fromGlobalId(stored.id).id });
    expect(keys.map((k) => k.key)).toContain(matchKeyHash('phone:5998877'));
    expect(keys.map((k) => k.key)).not.toContain(matchKeyHash('phone:5123456'));
    const [best] = await findMatches(app.dataSource.manager, probe, { entityTypes: ['RELATION'], minScore: 0.5 });
    expect(best).toMatchObject({
      recordId: fromGlobalId(stored.id).id,
      reasons: expect.arrayContaining(['PHONE_EXACT']),
    });
  });

  it('does not match on a name alone', async () => {
    await createRelation({ name: 'Svensson Bygg AB', country: 'SE', city: 'Göteborg' });
    const found = await findMatches(
      app.dataSource.manager,
      { entityType: 'LEAD', fields: { kind: 'BUSINESS', companyName: 'Svensson Bygg AB', country: 'SE' } },
      { entityTypes: ['RELATION'], minScore: 0.5 },
    );
    expect(found).toEqual([]);
  });
});
