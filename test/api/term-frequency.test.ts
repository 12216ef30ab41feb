import { generateRelations } from '../../bench/generate';
import { scanDuplicates } from '../../src/quality/duplicates/scan-duplicates.service';
import { DEFAULT_MODEL } from '../../src/quality/matching/default-model';
import { findMatches, findMatchesOfMany, type MatchCandidate } from '../../src/quality/matching/find-matches';
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

const site = { street: 'Søndergade 1', postalCode: '8000', city: 'Aarhus', country: 'DK' };
const probe = (id: number, name: string) => ({
  entityType: 'RELATION' as const,
  recordId: id,
  fields: { kind: 'COMPANY' as const, name, ...site },
});
const best = (matches: MatchCandidate[]) => Math.max(...matches.map((match) => match.score));

describe('names weighed by how many records share them', () => {
  it('matches two sites of a rare name at different streets, not two of a name 40 records share', async () => {
    const chain = await sites('Kaffe Hjørnet', 40);
    const rare = await sites('Zyqor Kaffebar', 2);
    const matchesOf = (id: number, name: string) =>
      findMatches(app.dataSource.manager, probe(id, name), { entityTypes: ['RELATION'], minScore: 0 });
    const chainMatches = await matchesOf(chain[0], 'Kaffe Hjørnet');
    const rareMatches = await matchesOf(rare[0], 'Zyqor Kaffebar');
    expect(rareMatches[0].recordId).toBe(rare[1]);
    expect(rareMatches[0].score).toBeGreaterThanOrEqual(DEFAULT_MODEL.threshold);
    expect(chainMatches.length).toBeGreaterThan(0);
    expect(best(chainMatches)).toBeLessThan(DEFAULT_MODEL.threshold);

    await scanDuplicates(app.dataSource, { entityTypes: ['RELATION'] });
    expect(await clusterCount('zyqor')).toBe(1);
    expect(await clusterCount('hjørnet')).toBe(0);
  });

  it('weighs them alike when a batch of records is matched at once', async () => {
    const chain = await sites('Bager Hjørnet', 40);
    const rare = await sites('Qylox Bageri', 2);
    // enough other records that the batch's keys are read in one pass rather than counted first
    const others = [...generateRelations({ count: 100, seed: 3 })].map(({ fields }) => ({
      entityType: 'RELATION' as const,
      fields,
    }));
    const [chainMatches, rareMatches] = await findMatchesOfMany(
      app.dataSource.manager,
      [probe(chain[0], 'Bager Hjørnet'), probe(rare[0], 'Qylox Bageri'), ...others],
      { entityTypes: ['RELATION'], minScore: 0 },
    );
    expect(rareMatches[0].recordId).toBe(rare[1]);
    expect(rareMatches[0].score).toBeGreaterThanOrEqual(DEFAULT_MODEL.threshold);
    expect(best(chainMatches)).toBeLessThan(DEFAULT_MODEL.threshold);
  });
});
