import { scanDuplicates } from '../../src/quality/duplicates/scan-duplicates.service';
import { DEFAULT_MODEL } from '../../src/quality/matching/default-model';
import { findMatches } from '../../src/quality/matching/find-matches';
import { fromGlobalId } from '../../src/schema/global-id';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: Actor;
let steward: Actor;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN', 'North');
  steward = await app.actor('STEWARD', 'North');
});
afterAll(() => app.close());

/** Sites of one company name in one postal code, each at another street. */
async function sites(name: string, count: number): Promise<number[]> {
  const inputs = Array.from({ length: count }, (_, n) => ({
    name,
    street: `Søndergade ${n + 1}`,
    postalCode: '8000',
    city: 'Aarhus',
    country: 'DK',
  }));
  const { createRelations } = ok(
    await app.gql(
      `mutation($i: [RelationInput!]!) { createRelations(inputs: $i) { relation { id } } }`,
      { i: inputs },
      admin.token,
    ),
  );
  return createRelations.map((item: { relation: { id: string } }) => fromGlobalId(item.relation.id).id);
}

async function clusterCount(search: string): Promise<number> {
  const { duplicateClusters } = ok(
    await app.gql(
      `query($f: DuplicateClusterFilter) { duplicateClusters(first: 10, filter: $f) { totalCount } }`,
      { f: { search } },
      steward.token,
    ),
  );
  return duplicateClusters.totalCount;
}

describe('names weighed by how many records share them', () => {
  it('matches two sites of a rare name at different streets, not two of a name 40 records share', async () => {
    const chain = await sites('Kaffe Hjørnet', 40);
    const rare = await sites('Zyqor Kaffebar', 2);
    const probe = (id: number) => ({
      entityType: 'RELATION' as const,
      recordId: id,
      fields: { kind: 'COMPANY' as const, name: '', country: 'DK' },
    });
    const matchesOf = async (id: number, fields: Record<string, string>) =>
      findMatches(
        app.dataSource.manager,
        { ...probe(id), fields: { ...probe(id).fields, ...fields } },
        { entityTypes: ['RELATION'], minScore: 0 },
      );
    const site = { street: 'Søndergade 1', postalCode: '8000', city: 'Aarhus' };
    const chainMatches = await matchesOf(chain[0], { ...site, name: 'Kaffe Hjørnet' });
    const rareMatches = await matchesOf(rare[0], { ...site, name: 'Zyqor Kaffebar' });
    expect(rareMatches[0].recordId).toBe(rare[1]);
    expect(rareMatches[0].score).toBeGreaterThanOrEqual(DEFAULT_MODEL.threshold);
    expect(chainMatches.length).toBeGreaterThan(0);
    expect(Math.max(...chainMatches.map((match) => match.score))).toBeLessThan(DEFAULT_MODEL.threshold);

    await scanDuplicates(app.dataSource, { entityTypes: ['RELATION'] });
    expect(await clusterCount('zyqor')).toBe(1);
    expect(await clusterCount('hjørnet')).toBe(0);
  });
});
