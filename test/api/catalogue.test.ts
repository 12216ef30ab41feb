import { openDatabase } from '../../src/db/open-database';
import { NumberSeries, Pipeline } from '../../src/entities';
import { crmAsync } from '../support/crm-command';
import { createLead, createRelation, prospect, quickConvertLead } from '../support/conversion-fixtures';
import { errorCode, ok, startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: Actor;
let sales: Actor;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.actor('ADMIN', 'North');
  sales = await app.actor('SALES', 'North');
});
afterAll(() => app.close());

const SERIES = 'id name prefix nextNumber isDefault division { name }';
const PIPELINE = 'id name stages isDefault';

const catalogue = async (token = sales.token) =>
  ok(await app.gql(`{ numberSeries { ${SERIES} } pipelines { ${PIPELINE} } }`, {}, token));

const createSeries = (input: Record<string, unknown>, token = admin.token) =>
  app.gql(`mutation($i: NumberSeriesInput!) { createNumberSeries(input: $i) { ${SERIES} } }`, { i: input }, token);
const updateSeries = (input: Record<string, unknown>) =>
  app.gql(
    `mutation($i: UpdateNumberSeriesInput!) { updateNumberSeries(input: $i) { ${SERIES} } }`,
    { i: input },
    admin.token,
  );
const createPipeline = (input: Record<string, unknown>, token = admin.token) =>
  app.gql(`mutation($i: PipelineInput!) { createPipeline(input: $i) { ${PIPELINE} } }`, { i: input }, token);
const updatePipeline = (input: Record<string, unknown>) =>
  app.gql(
    `mutation($i: UpdatePipelineInput!) { updatePipeline(input: $i) { ${PIPELINE} } }`,
    { i: input },
    admin.token,
  );
const createDeal = (input: Record<string, unknown>) =>
  app.gql(
    `mutation($i: DealInput!) { createDeal(input: $i) { id stage pipeline { name } } }`,
    { i: input },
    sales.token,
  );

/** The bad fields' codes of a BAD_USER_INPUT answer. */
const fieldCodes = (response: GraphQLResponse) => {
  expect(errorCode(response)).toBe('BAD_USER_INPUT');
  return (response.errors![0].extensions!.fields as { field: string; code: string }[]).map(
    (f) => `${f.field} ${f.code}`,
  );
};

/** Converts a new lead of the actor's division and answers its customer number. */
const convertNew = async (seed: string, actor = sales, numberSeriesId?: string) => {
  const lead = await createLead(app, actor.token, prospect(seed));
  if (!numberSeriesId) return ok(await quickConvertLead(app, actor.token, lead.id)).quickConvertLead.relation;
  const response = await app.gql(
    `mutation($i: ConvertLeadInput!) { convertLead(input: $i) { relation { customerNumber numberSeries { name } } } }`,
    { i: { leadId: lead.id, target: 'CLIENT', relation: { choice: 'CREATE', numberSeriesId } } },
    actor.token,
  );
  return response.errors ? response : response.data!.convertLead.relation;
};

describe('a new database', () => {
  it('has a default customer-number series and a default pipeline with the usual stages', async () => {
    expect(await catalogue()).toEqual({
      numberSeries: [
        { id: expect.any(String), name: 'Customers', prefix: 'C-', nextNumber: 10001, isDefault: true, division: null },
      ],
      pipelines: [
        {
          id: expect.any(String),
          name: 'Sales',
          stages: ['Qualification', 'Offer', 'Negotiation', 'Closing'],
          isDefault: true,
        },
      ],
    });
  });

  it('numbers a converted customer and opens a deal without anything set up first', async () => {
    expect(await convertNew('first customer')).toMatchObject({ customerNumber: 'C-10001' });
    const relation = await createRelation(app, sales.token, { name: 'First Deal ApS', country: 'DK' });
    expect(ok(await createDeal({ title: 'First deal', relationId: relation.id })).createDeal).toMatchObject({
      stage: 'Qualification',
      pipeline: { name: 'Sales' },
    });
  });
});

describe('number series', () => {
  it('an ADMIN creates one; a conversion that names it is numbered from it', async () => {
    const { createNumberSeries: series } = ok(await createSeries({ name: 'Export', prefix: 'E-', nextNumber: 500 }));
    expect(series).toMatchObject({ name: 'Export', prefix: 'E-', nextNumber: 500, isDefault: false, division: null });
    expect(await convertNew('export customer', sales, series.id)).toEqual({
      customerNumber: 'E-500',
      numberSeries: { name: 'Export' },
    });
  });

  it('refuses a taken name with CONFLICT, and SALES users with FORBIDDEN', async () => {
    expect(errorCode(await createSeries({ name: 'Customers', nextNumber: 1 }))).toBe('CONFLICT');
    expect(errorCode(await createSeries({ name: ' Export ', nextNumber: 1 }))).toBe('CONFLICT');
    expect(errorCode(await createSeries({ name: 'Mine', nextNumber: 1 }, sales.token))).toBe('FORBIDDEN');
    expect(errorCode(await createSeries({ name: 'Nobody', nextNumber: 1 }, ''))).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input with every bad field at once', async () => {
    expect(fieldCodes(await createSeries({ name: ' ', prefix: 'K 1', nextNumber: 0 }))).toEqual([
      'name REQUIRED',
      'prefix WHITESPACE',
      'nextNumber OUT_OF_RANGE',
    ]);
    expect(
      fieldCodes(await createSeries({ name: 'x'.repeat(101), prefix: 'P'.repeat(21), nextNumber: 2_000_000_001 })),
    ).toEqual(['nextNumber OUT_OF_RANGE', 'name TOO_LONG', 'prefix TOO_LONG']);
  });

  it('a new default takes over from the old one, for the conversions that name none', async () => {
    const { createNumberSeries: series } = ok(
      await createSeries({ name: 'Kunder 2027', prefix: 'K27-', nextNumber: 1, isDefault: true }),
    );
    const { numberSeries } = await catalogue();
    expect(
      numberSeries.filter((s: { isDefault: boolean }) => s.isDefault).map((s: { name: string }) => s.name),
    ).toEqual(['Kunder 2027']);
    expect(await convertNew('new default')).toMatchObject({ customerNumber: 'K27-1' });
    ok(
      await updateSeries({
        id: numberSeries.find((s: { name: string }) => s.name === 'Customers').id,
        isDefault: true,
      }),
    );
    expect(
      ok(
        await app.gql(
          `query($id: ID!) { node(id: $id) { ... on NumberSeries { isDefault } } }`,
          { id: series.id },
          sales.token,
        ),
      ).node,
    ).toEqual({ isDefault: false });
  });

  it("a division's own default numbers that division's customers; other divisions keep the common one", async () => {
    const { me } = ok(await app.gql('{ me { division { id } } }', {}, sales.token));
    const { createNumberSeries: north } = ok(
      await createSeries({
        name: 'North customers',
        prefix: 'N-',
        nextNumber: 7000,
        isDefault: true,
        divisionId: me.division.id,
      }),
    );
    expect(north).toMatchObject({ isDefault: true, division: { name: 'North' } });
    const southSales = await app.actor('SALES', 'South');
    expect(await convertNew('north customer')).toMatchObject({ customerNumber: 'N-7000' });
    expect((await convertNew('south customer', southSales)).customerNumber).toMatch(/^C-\d+$/);
    const seen = ok(await app.gql('{ numberSeries { name } }', {}, southSales.token)).numberSeries;
    expect(seen.map((s: { name: string }) => s.name)).not.toContain('North customers');
    const refused = await convertNew('south naming north', southSales, north.id);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors[0].message).toMatch(/another division/);
  });

  it('changes name, prefix and next number; never back to numbers it gave', async () => {
    const { createNumberSeries: series } = ok(await createSeries({ name: 'Renumbered', prefix: 'R-', nextNumber: 10 }));
    expect(await convertNew('renumbered 1', sales, series.id)).toMatchObject({ customerNumber: 'R-10' });
    const lowered = await updateSeries({ id: series.id, nextNumber: 5 });
    expect(fieldCodes(lowered)).toEqual(['nextNumber NUMBER_GIVEN']);
    expect(lowered.errors![0].message).toMatch(/up to R-10; the next number must be 11 or more/);
    expect(
      ok(await updateSeries({ id: series.id, name: 'Renamed', prefix: 'RN-', nextNumber: 100 })).updateNumberSeries,
    ).toMatchObject({ name: 'Renamed', prefix: 'RN-', nextNumber: 100 });
    expect(await convertNew('renumbered 2', sales, series.id)).toMatchObject({ customerNumber: 'RN-100' });
    expect(errorCode(await updateSeries({ id: series.id, name: 'Export' }))).toBe('CONFLICT');
    expect(errorCode(await updateSeries({ id: 'TnVtYmVyU2VyaWVzOjk5OTk', nextNumber: 1 }))).toBe('NOT_FOUND');
  });
});

describe('pipelines', () => {
  it('an ADMIN creates one; a new default takes the deals that name no pipeline', async () => {
    const { createPipeline: pipeline } = ok(
      await createPipeline({ name: 'Projects', stages: [' Brief ', 'Quote', 'Won'], isDefault: true }),
    );
    expect(pipeline).toMatchObject({ name: 'Projects', stages: ['Brief', 'Quote', 'Won'], isDefault: true });
    const { pipelines } = await catalogue();
    expect(pipelines.map((p: { name: string; isDefault: boolean }) => [p.name, p.isDefault])).toEqual([
      ['Projects', true],
      ['Sales', false],
    ]);
    const relation = await createRelation(app, sales.token, { name: 'Project Buyer ApS', country: 'DK' });
    expect(ok(await createDeal({ title: 'Project', relationId: relation.id })).createDeal).toMatchObject({
      stage: 'Brief',
      pipeline: { name: 'Projects' },
    });
  });

  it('refuses a taken name with CONFLICT, bad stages with BAD_USER_INPUT, and SALES users with FORBIDDEN', async () => {
    expect(errorCode(await createPipeline({ name: 'Sales', stages: ['One'] }))).toBe('CONFLICT');
    expect(fieldCodes(await createPipeline({ name: 'Empty', stages: [] }))).toEqual(['stages COUNT']);
    expect(fieldCodes(await createPipeline({ name: 'Twice', stages: ['Offer', 'offer', ''] }))).toEqual([
      'stages STAGE_NAME',
      'stages DUPLICATE',
    ]);
    const many = Array.from({ length: 31 }, (_, n) => `Stage ${n}`);
    expect(fieldCodes(await createPipeline({ name: 'Long', stages: many }))).toEqual(['stages COUNT']);
    expect(errorCode(await createPipeline({ name: 'Mine', stages: ['One'] }, sales.token))).toBe('FORBIDDEN');
  });

  it('renames and restages; a stage that deals are in cannot go', async () => {
    const { createPipeline: pipeline } = ok(
      await createPipeline({ name: 'Service', stages: ['Call', 'Visit', 'Done'] }),
    );
    const relation = await createRelation(app, sales.token, { name: 'Service Buyer ApS', country: 'DK' });
    ok(await createDeal({ title: 'Visit due', relationId: relation.id, pipelineId: pipeline.id, stage: 'Visit' }));
    const refused = await updatePipeline({ id: pipeline.id, stages: ['Call', 'Done'] });
    expect(fieldCodes(refused)).toEqual(['stages STAGE_IN_USE']);
    expect(refused.errors![0].message).toMatch(/1 deal\(s\) are in the stage 'Visit'/);
    expect(
      ok(await updatePipeline({ id: pipeline.id, name: 'Field service', stages: ['Call', 'Visit', 'Report', 'Done'] }))
        .updatePipeline,
    ).toMatchObject({ name: 'Field service', stages: ['Call', 'Visit', 'Report', 'Done'], isDefault: false });
    expect(errorCode(await updatePipeline({ id: pipeline.id, name: 'Sales' }))).toBe('CONFLICT');
  });
});

describe('the crm command', () => {
  it('crm series create and crm pipeline create add what the API then lists', async () => {
    const series = await crmAsync(app.databaseUrl, [
      'series',
      'create',
      '--name',
      'Oslo kunder',
      '--prefix',
      'OS-',
      '--next',
      '3000',
      '--division',
      'Oslo',
    ]);
    expect(series.stderr).toBe('');
    expect(series.lines.at(-1)).toBe('Created number series Oslo kunder for division Oslo; next number OS-3000.');
    const pipeline = await crmAsync(app.databaseUrl, [
      'pipeline',
      'create',
      '--name',
      'Renewals',
      '--stages',
      'Notice, Offer, Renewed',
    ]);
    expect(pipeline.lines.at(-1)).toBe('Created pipeline Renewals: Notice → Offer → Renewed.');
    const taken = await crmAsync(app.databaseUrl, ['pipeline', 'create', '--name', 'Renewals', '--stages', 'One']);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/A pipeline named 'Renewals' exists already/);
    const badNext = await crmAsync(app.databaseUrl, ['series', 'create', '--name', 'Bad', '--next', 'ten']);
    expect(badNext.status).not.toBe(0);
    expect(badNext.stderr).toMatch(/Give a whole number/);
    // four processes that each start Node and open the database: 15 s apiece on a loaded machine
  }, 120_000);

  it('the API lists them', async () => {
    const { numberSeries, pipelines } = await catalogue(admin.token);
    expect(numberSeries).toContainEqual(
      expect.objectContaining({ name: 'Oslo kunder', prefix: 'OS-', nextNumber: 3000, division: { name: 'Oslo' } }),
    );
    expect(pipelines).toContainEqual(
      expect.objectContaining({ name: 'Renewals', stages: ['Notice', 'Offer', 'Renewed'] }),
    );
  });
});

describe('opening a database that has no series or pipeline', () => {
  it('adds the defaults once, also when several processes open it at once, and keeps what is there', async () => {
    await app.dataSource.getRepository(NumberSeries).createQueryBuilder().delete().execute();
    await app.dataSource.getRepository(Pipeline).createQueryBuilder().delete().execute();
    const opened = await Promise.all([1, 2, 3].map(() => openDatabase(app.databaseUrl)));
    await Promise.all(opened.map((dataSource) => dataSource.destroy()));
    const { numberSeries, pipelines } = await catalogue();
    expect(numberSeries.map((s: { name: string }) => s.name)).toEqual(['Customers']);
    expect(pipelines.map((p: { name: string }) => p.name)).toEqual(['Sales']);
    ok(await createPipeline({ name: 'Kept', stages: ['One'] }));
    await (await openDatabase(app.databaseUrl)).destroy();
    expect((await catalogue()).pipelines.map((p: { name: string }) => p.name)).toEqual(['Sales', 'Kept']);
  });
});
