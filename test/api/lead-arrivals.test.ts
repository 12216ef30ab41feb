import { Lead } from '../../src/entities';
import { fromGlobalId } from '../../src/schema/global-id';
import { bearer, liveClient, subscribe } from '../support/live-client';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

const ARRIVALS = `query($since: DateTimeISO!, $filter: LeadSubscriptionFilter) {
  leadArrivals(since: $since, filter: $filter) { cursor bySource { source count } perMinute { start count } }
}`;

interface Arrivals {
  cursor: string;
  bySource: { source: string; count: number }[];
  perMinute: { start: string; count: number }[];
}

let app: TestApp;
let north: Actor;
let south: Actor;
let steward: Actor;

beforeAll(async () => {
  app = await startTestApp();
  north = await app.actor('SALES', 'North');
  south = await app.actor('SALES', 'South');
  steward = await app.actor('STEWARD', 'North');
});
afterAll(() => app.close());

const MINUTE = 60_000;

async function lead(actor: Actor, lastName: string, minutesAgo: number, source = 'MANUAL'): Promise<string> {
  const { createLead } = ok(
    await app.gql<{ createLead: { id: string } }>(
      'mutation($input: LeadInput!) { createLead(input: $input) { id } }',
      { input: { lastName, source, email: `${lastName.toLowerCase()}@arrivals.example` } },
      actor.token,
    ),
  );
  // when it came in, as if it had arrived then
  await app.dataSource
    .getRepository(Lead)
    .update(fromGlobalId(createLead.id).id, { createdAt: new Date(Date.now() - minutesAgo * MINUTE) });
  return createLead.id;
}

const arrivals = async (actor: Actor, since: Date, filter?: Record<string, unknown>) =>
  ok(await app.gql<{ leadArrivals: Arrivals }>(ARRIVALS, { since: since.toISOString(), filter }, actor.token))
    .leadArrivals;

/** The first lead leadCreated pushes to the actor after the cursor. */
async function firstLeadAfter(actor: Actor, cursor: string): Promise<string> {
  const client = liveClient(app, bearer(actor.token));
  try {
    const live = await subscribe(
      app,
      client,
      'subscription($after: String) { leadCreated(after: $after) { node { id } } }',
      { after: cursor },
    );
    const [first] = await live.take(1);
    return first.data!.leadCreated.node.id;
  } finally {
    await client.dispose();
  }
}

describe('leadArrivals', () => {
  it('counts nothing before any lead, and gives the cursor of the start: every lead comes after it', async () => {
    const counted = await arrivals(south, new Date(Date.now() - 60 * MINUTE));
    expect(counted.bySource).toEqual([]);
    expect(counted.perMinute).toHaveLength(60);
    expect(counted.perMinute.every((minute) => minute.count === 0)).toBe(true);
    const first = await lead(south, 'First', 0);
    expect(await firstLeadAfter(south, counted.cursor)).toBe(first);
  });

  it("counts the division's new leads by source since the moment, and per minute over the last hour", async () => {
    await lead(north, 'Now', 0);
    await lead(north, 'NowToo', 0, 'API');
    await lead(north, 'TenAgo', 10);
    await lead(north, 'ThreeHoursAgo', 180);
    await lead(north, 'Yesterday', 47 * 60);
    await lead(south, 'Elsewhere', 0);
    const newest = await lead(north, 'Newest', 0, 'WEB');

    const counted = await arrivals(north, new Date(Date.now() - 4 * 60 * MINUTE));
    expect(counted.bySource).toEqual([
      { source: 'API', count: 1 },
      { source: 'MANUAL', count: 3 },
      { source: 'WEB', count: 1 },
    ]);
    const minutes = counted.perMinute.map((minute) => minute.count);
    expect(minutes.reduce((sum, count) => sum + count, 0)).toBe(4);
    // the lead of ten minutes ago in its minute, alone
    const tenAgo = (
      await app.dataSource.getRepository(Lead).findOneByOrFail({ lastName: 'TenAgo' })
    ).createdAt.getTime();
    const itsMinute = counted.perMinute.find((m) => {
      const start = new Date(m.start).getTime();
      return start <= tenAgo && tenAgo < start + MINUTE;
    });
    expect(itsMinute?.count).toBe(1);
    // the minutes run one after another up to the one now running
    const starts = counted.perMinute.map((minute) => new Date(minute.start).getTime());
    expect(starts.every((start, i) => i === 0 || start - starts[i - 1] === MINUTE)).toBe(true);
    expect(Date.now() - starts[59]).toBeLessThan(2 * MINUTE);

    // the cursor is the newest lead counted: the inbox's cursor of it
    const { leads } = ok(
      await app.gql<{ leads: { edges: { cursor: string; node: { id: string } }[] } }>(
        '{ leads(first: 1) { edges { cursor node { id } } } }',
        {},
        north.token,
      ),
    );
    expect(leads.edges[0]).toEqual({ cursor: counted.cursor, node: { id: newest } });

    const everyone = await arrivals(steward, new Date(Date.now() - 4 * 60 * MINUTE), { source: ['MANUAL'] });
    // north's three and south's two
    expect(everyone.bySource).toEqual([{ source: 'MANUAL', count: 5 }]);
  });

  it('goes on with leadCreated after its cursor: every later lead once, none counted already', async () => {
    const counted = await arrivals(south, new Date(Date.now() - 60 * MINUTE));
    const later = await lead(south, 'Later', 0);
    expect(await firstLeadAfter(south, counted.cursor)).toBe(later);
  });

  it('counts nothing since a moment to come', async () => {
    const counted = await arrivals(north, new Date(Date.now() + 60 * MINUTE));
    expect(counted.bySource).toEqual([]);
  });

  it('refuses a moment more than 48 hours back, and another division for a SALES user', async () => {
    expect(
      errorCode(await app.gql(ARRIVALS, { since: new Date(Date.now() - 49 * 60 * MINUTE).toISOString() }, north.token)),
    ).toBe('BAD_USER_INPUT');
    const { divisionId } = south;
    expect(
      errorCode(await app.gql(ARRIVALS, { since: new Date().toISOString(), filter: { divisionId } }, north.token)),
    ).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(ARRIVALS, { since: new Date().toISOString() }))).toBe('UNAUTHENTICATED');
  });
});
