import { queryCounter } from '../../ormconfig';
import { toGlobalId } from '../../src/schema/global-id';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';
import { codesOf, ruleLine, validationClient } from '../support/validation-client';

let app: TestApp;
let steward: Actor;
let northSeller: Actor;
let southSeller: Actor;
let client: ReturnType<typeof validationClient>;

beforeAll(async () => {
  app = await startTestApp();
  steward = await app.actor('STEWARD', 'North');
  northSeller = await app.actor('SALES', 'North');
  southSeller = await app.actor('SALES', 'South');
  client = validationClient(app);
});
afterAll(() => app.close());

/** Relations whose names share a marker word, so a search for it sees only this test's records. */
async function relations(marker: string, inputs: Record<string, unknown>[]) {
  return Promise.all(
    inputs.map((input) =>
      client.createRelation(steward.token, {
        country: 'DK',
        ...input,
        name: `${input.name ?? 'Firma'} ${marker.toUpperCase()}`,
      }),
    ),
  );
}

describe('validationErrors', () => {
  it('lists every record with open findings, each with its findings', async () => {
    const [caps, phone] = await relations('Listed', [
      { name: 'CAPITALS' },
      { name: 'Phone', phone: '40 12 34 56' },
      { name: 'Clean' },
    ]);
    const report = await client.report(steward.token, { search: 'Listed' });
    expect(report.rows.map((row) => row.id).sort()).toEqual([caps.id, phone.id].sort());
    expect(codesOf(report.rows.find((row) => row.id === caps.id)!.findings)).toEqual(['NAME_ALL_CAPS']);
    expect(report.rows[0].type).toBe('Relation');
  });

  it('filters by rule', async () => {
    const [caps] = await relations('ByRule', [{ name: 'CAPITALS' }, { name: 'Phone', phone: '40 12 34 56' }]);
    const report = await client.report(steward.token, { search: 'ByRule', ruleCodes: ['NAME_ALL_CAPS'] });
    expect(report.rows.map((row) => row.id)).toEqual([caps.id]);
  });

  it('filters by several rules: records with any of them', async () => {
    const [caps, regno] = await relations('AnyRule', [
      { name: 'CAPITALS' },
      { name: 'Regno', registrationNumber: '12345678' },
      { name: 'Phone', phone: '40 12 34 56' },
    ]);
    const report = await client.report(steward.token, {
      search: 'AnyRule',
      ruleCodes: ['NAME_ALL_CAPS', 'REGNO_INVALID'],
    });
    expect(report.rows.map((row) => row.id).sort()).toEqual([caps.id, regno.id].sort());
  });

  it('filters by division', async () => {
    const [north] = await relations('ByDivision', [
      { name: 'NORTHERN', divisionId: northSeller.divisionId },
      { name: 'SOUTHERN', divisionId: southSeller.divisionId },
    ]);
    const report = await client.report(steward.token, { search: 'ByDivision', divisionId: northSeller.divisionId });
    expect(report.rows.map((row) => row.id)).toEqual([north.id]);
  });

  it('filters by owner', async () => {
    const [owned] = await relations('ByOwner', [{ name: 'OWNED', ownerId: northSeller.id }, { name: 'UNOWNED' }]);
    const report = await client.report(steward.token, { search: 'ByOwner', ownerId: northSeller.id });
    expect(report.rows.map((row) => row.id)).toEqual([owned.id]);
  });

  it('filters by rule, division and owner together', async () => {
    const mine = { divisionId: northSeller.divisionId, ownerId: northSeller.id };
    const [hit] = await relations('AllThree', [
      { name: 'HIT', ...mine },
      { name: 'Phone only', phone: '40 12 34 56', ...mine },
      { name: 'OTHER OWNER', divisionId: northSeller.divisionId },
      { name: 'OTHER DIVISION', divisionId: southSeller.divisionId, ownerId: southSeller.id },
    ]);
    const report = await client.report(steward.token, { search: 'AllThree', ruleCodes: ['NAME_ALL_CAPS'], ...mine });
    expect(report.rows.map((row) => row.id)).toEqual([hit.id]);
  });

  it('filters by record type', async () => {
    await relations('ByType', [{ name: 'RELATION' }]);
    const lead = await client.createLead(steward.token, {
      lastName: 'LEADER',
      companyName: 'ByType',
      email: 'lead@bytype.dk',
      kind: 'BUSINESS',
    });
    const report = await client.report(steward.token, { search: 'ByType', entityType: 'LEAD' });
    expect(report.rows).toEqual([expect.objectContaining({ id: lead.id, type: 'Lead' })]);
  });

  it('filters by severity', async () => {
    const [, invalid] = await relations('BySeverity', [
      { name: 'Warning', phone: '40 12 34 56' },
      { name: 'Error', phone: '+45 123' },
    ]);
    const report = await client.report(steward.token, { search: 'BySeverity', severity: 'ERROR' });
    expect(report.rows.map((row) => row.id)).toEqual([invalid.id]);
  });

  it('filters by when the record was created', async () => {
    await relations('ByTime', [{ name: 'CREATED NOW' }]);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await client.report(steward.token, { search: 'ByTime', createdAfter: future })).rows).toEqual([]);
    expect((await client.report(steward.token, { search: 'ByTime', createdBefore: future })).rows).toHaveLength(1);
  });

  it('filters by rule and creation time together', async () => {
    await relations('RuleTime', [{ name: 'CAPITALS' }]);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(
      (await client.report(steward.token, { search: 'RuleTime', ruleCodes: ['NAME_ALL_CAPS'], createdAfter: future }))
        .rows,
    ).toEqual([]);
    expect(
      (await client.report(steward.token, { search: 'RuleTime', ruleCodes: ['NAME_ALL_CAPS'], createdBefore: future }))
        .rows,
    ).toHaveLength(1);
  });

  it('searches names, e-mail and phone', async () => {
    const [byMail] = await relations('Search', [
      { name: 'FIRST', email: 'unique-mailbox@search.dk' },
      { name: 'SECOND' },
    ]);
    const report = await client.report(steward.token, { search: 'unique-mailbox' });
    expect(report.rows.map((row) => row.id)).toEqual([byMail.id]);
  });

  it('pages with first and after, newest first, and counts over all pages', async () => {
    const created = await relations('Paged', [{ name: 'ONE' }, { name: 'TWO' }, { name: 'THREE' }]);
    const first = await client.report(steward.token, { search: 'Paged' }, { first: 2 });
    const second = await client.report(
      steward.token,
      { search: 'Paged' },
      { first: 2, after: first.pageInfo.endCursor! },
    );
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.rows, ...second.rows].map((row) => row.id)).toEqual(created.map((r) => r.id).sort(byIdDescending));
  });

  it('loads a page of 5 or of 50 rows, with records and findings, in 3 statements', async () => {
    await relations(
      'Batched',
      Array.from({ length: 50 }, (_, n) => ({ name: `BATCHED NUMBER ${n}`, phone: '40 12 34 56' })),
    );
    const statements = async (first: number) => {
      const counter = queryCounter(app.dataSource);
      const before = counter.count;
      expect((await client.report(steward.token, { search: 'Batched' }, { first })).rows).toHaveLength(first);
      return counter.count - before;
    };
    await statements(5); // the token is looked up and cached
    const five = await statements(5);
    expect(await statements(50)).toBe(five);
    // the page with its records joined, the total count, the findings
    expect(five).toBe(3);
  });

  it('reads a one-rule page narrowed by text with a LIMIT, not every finding of the rule', async () => {
    await relations(
      'Limited',
      ['A', 'B', 'C'].map((n) => ({ name: `LIMITED ${n}` })),
    );
    const statements = await queryCounter(app.dataSource).statementsDuring(async () => {
      const data = ok(
        await app.gql(
          '{ validationErrors(first: 2, filter: { ruleCodes: ["NAME_ALL_CAPS"], search: "limited" }) { edges { node { record { id } } } } }',
          {},
          steward.token,
        ),
      );
      expect(data.validationErrors.edges).toHaveLength(2);
    });
    const page = statements.find((sql) => /INNER JOIN/i.test(sql) && /NAME_ALL_CAPS|code/.test(sql));
    expect(page).toMatch(/LIMIT 3\b/);
  });

  it("joins of a page's records read only the columns the query selects of each record type", async () => {
    await relations('Narrow', [{ name: 'NARROW', email: 'narrow@narrow.dk' }]);
    await client.createLead(steward.token, { lastName: 'NARROW', email: 'lead@narrow.dk', kind: 'PRIVATE' });
    const statements = await queryCounter(app.dataSource).statementsDuring(async () =>
      ok(
        await app.gql(
          `{ validationErrors(filter: { search: "narrow" }) { edges { node {
            record { __typename id ... on Relation { name } ... on Lead { lastName email } } } } } }`,
          {},
          steward.token,
        ),
      ),
    );
    const page = statements.find((sql) => /joined_RELATION/.test(sql));
    expect(page).toMatch(/joined_RELATION_name/);
    expect(page).toMatch(/joined_LEAD_email/);
    expect(page).not.toMatch(/joined_RELATION_(email|street|createdAt)|joined_LEAD_(firstName|street|createdAt)/);
  });

  it('answers every field of a record a page read in part and another field reads whole, in one request', async () => {
    const [relation] = await relations('Whole', [{ name: 'WHOLE', email: 'whole@whole.dk', city: 'Odense' }]);
    const data = ok(
      await app.gql(
        `query($id: ID!) {
          validationErrors(filter: { search: "whole" }) { edges { node { record { ... on Relation { name } } } } }
          node(id: $id) { ... on Relation { name city email } }
        }`,
        { id: relation.id },
        steward.token,
      ),
    );
    expect(data.validationErrors.edges).toEqual([{ node: { record: { name: 'WHOLE WHOLE' } } }]);
    expect(data.node).toEqual({ name: 'WHOLE WHOLE', city: 'Odense', email: 'whole@whole.dk' });
  });

  it('leaves out records that no longer have open findings', async () => {
    const [relation] = await relations('Gone', [{ name: 'Fixed', phone: '40 12 34 56' }]);
    await client.updateRelation(steward.token, {
      id: relation.id,
      expectedVersion: relation.version,
      phone: '+4540123456',
    });
    expect((await client.report(steward.token, { search: 'Gone' })).rows).toEqual([]);
  });

  it('answers BAD_USER_INPUT for an unknown rule code', async () => {
    const response = await app.gql(
      '{ validationErrors(filter: { ruleCodes: ["NO_SUCH_RULE"] }) { totalCount } }',
      {},
      steward.token,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.field).toBe('ruleCodes');
  });

  it("answers BAD_USER_INPUT for a division id that is not a division's", async () => {
    const response = await app.gql(
      'query($d: ID!) { validationErrors(filter: { divisionId: $d }) { totalCount } }',
      { d: steward.id },
      steward.token,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});

/** Global ids encode "Relation:<id>": comparing their numbers orders them as the report does within one type. */
function byIdDescending(a: string, b: string): number {
  const number = (id: string) => Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);
  return number(b) - number(a);
}

describe('validationSummary', () => {
  it('counts records and findings per rule and severity', async () => {
    const before = await client.summary(steward.token);
    await relations('Summary', [
      { name: 'CAPITALS', phone: '40 12 34 56' },
      { name: 'Phone', phone: '22 33 44 55' },
    ]);
    const after = await client.summary(steward.token);
    expect(ruleLine(after, 'NAME_ALL_CAPS').records - ruleLine(before, 'NAME_ALL_CAPS').records).toBe(1);
    expect(ruleLine(after, 'PHONE_NOT_E164').findings - ruleLine(before, 'PHONE_NOT_E164').findings).toBe(2);
    expect(after.warnings - before.warnings).toBe(3);
    expect(after.rules.find((rule) => rule.code === 'PHONE_INVALID')).toMatchObject({ severity: 'ERROR' });
  });

  it("narrows to the report's filter: a division", async () => {
    const division = (await app.actor('SALES', 'Summary Division')).divisionId;
    await relations('SummaryDivision', [{ name: 'CAPITALS', divisionId: division }]);
    const summary = await client.summary(steward.token, { divisionId: division });
    expect(ruleLine(summary, 'NAME_ALL_CAPS')).toEqual(expect.objectContaining({ records: 1, findings: 1 }));
    expect(summary.warnings).toBe(1);
  });

  it("narrows to the report's filter: creation time and text", async () => {
    await relations('SummaryText', [{ name: 'CAPITALS', phone: '40 12 34 56' }]);
    const summary = await client.summary(steward.token, {
      search: 'SummaryText',
      createdAfter: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(summary.warnings).toBe(2);
    expect(ruleLine(summary, 'NAME_ALL_CAPS').records).toBe(1);
  });

  it('lists only the rules of the record type asked for', async () => {
    const summary = await client.summary(steward.token, { entityType: 'CONTACT' });
    expect(summary.rules.map((rule) => rule.code)).toContain('CONTACT_WITHOUT_RELATION');
    expect(summary.rules.map((rule) => rule.code)).not.toContain('REGNO_INVALID');
  });
});

describe('access', () => {
  const finding = () => toGlobalId('Finding', 1);
  const operations: [string, string, () => Record<string, unknown>][] = [
    ['the report', '{ validationErrors { totalCount } }', () => ({})],
    ['the summary', '{ validationSummary { errors } }', () => ({})],
    ['the rules', '{ validationRules { code } }', () => ({})],
    [
      'a fix',
      'mutation($id: ID!) { applySuggestedFix(findingId: $id) { findings { id } } }',
      () => ({ id: finding() }),
    ],
    ['bulk fixes', 'mutation { applySuggestedFixes(ruleCode: "NAME_ALL_CAPS") { changed } }', () => ({})],
    [
      'ignoring a finding',
      'mutation($id: ID!) { ignoreFinding(findingId: $id, reason: "x") { id } }',
      () => ({ id: finding() }),
    ],
  ];

  it.each(operations)('answers FORBIDDEN to a SALES user asking for %s', async (_what, query, variables) => {
    expect(errorCode(await app.gql(query, variables(), northSeller.token))).toBe('FORBIDDEN');
  });

  it("answers FORBIDDEN to a SALES user asking for a record's findings", async () => {
    const lead = ok(
      await app.gql(
        'mutation { createLead(input: { lastName: "Seller", email: "s@x.dk" }) { id } }',
        {},
        northSeller.token,
      ),
    ).createLead;
    const response = await app.gql(
      'query($id: ID!) { node(id: $id) { ... on Lead { findings { code } } } }',
      { id: lead.id },
      northSeller.token,
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('lets an ADMIN read the report', async () => {
    const admin = await app.actor('ADMIN', 'North');
    expect(errorCode(await app.gql('{ validationErrors { totalCount } }', {}, admin.token))).toBeUndefined();
  });
});
