import { Relation } from '../../src/entities';
import { FIX_BATCH } from '../../src/quality/validation/suggested-fix.service';
import { fromGlobalId, toGlobalId } from '../../src/schema/global-id';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';
import { codesOf, FINDING_FIELDS, findingOf, ruleLine, validationClient } from '../support/validation-client';

let app: TestApp;
let steward: Actor;
let client: ReturnType<typeof validationClient>;

beforeAll(async () => {
  app = await startTestApp();
  steward = await app.actor('STEWARD', 'North');
  client = validationClient(app);
});
afterAll(() => app.close());

const FIX = `mutation($id: ID!) { applySuggestedFix(findingId: $id) { record { id ... on Relation { name phone version } } findings { ${FINDING_FIELDS} } } }`;
const FIX_ALL =
  'mutation($code: String!, $filter: ValidationFilter) { applySuggestedFixes(ruleCode: $code, filter: $filter) { changed skipped } }';
const IGNORE = `mutation($id: ID!, $reason: String!) { ignoreFinding(findingId: $id, reason: $reason) { ${FINDING_FIELDS} } }`;

const fix = (findingId: string) => app.gql(FIX, { id: findingId }, steward.token);
const fixAll = (code: string, filter: Record<string, unknown>) => app.gql(FIX_ALL, { code, filter }, steward.token);
const ignore = (findingId: string, reason = 'Their switchboard really is written so') =>
  app.gql(IGNORE, { id: findingId, reason }, steward.token);

describe('applySuggestedFix', () => {
  it("writes the suggested value through the record's update: the version moves on and the finding is gone", async () => {
    const relation = await client.createRelation(steward.token, {
      name: 'Fix One ApS',
      country: 'DK',
      phone: '40 12 34 56',
    });
    const { applySuggestedFix } = ok(await fix(findingOf(relation.findings, 'PHONE_NOT_E164').id));
    expect(applySuggestedFix.record).toEqual({
      id: relation.id,
      name: 'Fix One ApS',
      phone: '+4540123456',
      version: relation.version + 1,
    });
    expect(applySuggestedFix.findings).toEqual([]);
  });

  it('moves the summary: one record and one finding fewer', async () => {
    const relation = await client.createRelation(steward.token, { name: 'SUMMARY MOVES A/S', country: 'DK' });
    const before = await client.summary(steward.token, { ruleCodes: ['NAME_ALL_CAPS'] });
    ok(await fix(findingOf(relation.findings, 'NAME_ALL_CAPS').id));
    const after = await client.summary(steward.token, { ruleCodes: ['NAME_ALL_CAPS'] });
    expect(ruleLine(after, 'NAME_ALL_CAPS').records).toBe(ruleLine(before, 'NAME_ALL_CAPS').records - 1);
    expect(after.warnings).toBe(before.warnings - 1);
  });

  it('answers NOT_FOUND for a finding that does not exist', async () => {
    expect(errorCode(await fix(toGlobalId('Finding', 999_999)))).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for a finding whose problem an edit has solved', async () => {
    const relation = await client.createRelation(steward.token, {
      name: 'Edited Away ApS',
      country: 'DK',
      phone: '40 12 34 56',
    });
    await client.updateRelation(steward.token, {
      id: relation.id,
      expectedVersion: relation.version,
      phone: '+4540123456',
    });
    expect(errorCode(await fix(findingOf(relation.findings, 'PHONE_NOT_E164').id))).toBe('NOT_FOUND');
  });

  it('answers CONFLICT when the value was changed around the API since the finding was made', async () => {
    const relation = await client.createRelation(steward.token, {
      name: 'Changed Around ApS',
      country: 'DK',
      phone: '40 12 34 56',
    });
    await app.dataSource.getRepository(Relation).update(fromGlobalId(relation.id).id, { phone: '40 12 34 57' });
    const response = await fix(findingOf(relation.findings, 'PHONE_NOT_E164').id);
    expect(errorCode(response)).toBe('CONFLICT');
    expect((await client.record(steward.token, relation.id)).phone).toBe('40 12 34 57');
  });

  it('answers BAD_USER_INPUT for a finding without a suggested value', async () => {
    const relation = await client.createRelation(steward.token, {
      name: 'No Suggestion ApS',
      country: 'DK',
      phone: '+45 123',
    });
    expect(errorCode(await fix(findingOf(relation.findings, 'PHONE_INVALID').id))).toBe('BAD_USER_INPUT');
  });
});

describe('applySuggestedFixes', () => {
  it('fixes every open finding of the rule under the filter and says how many records changed', async () => {
    const seller = await app.actor('SALES', 'Bulk Division');
    const inDivision = await Promise.all(
      ['BULK ONE A/S', 'BULK TWO A/S', 'BULK THREE A/S'].map((name) =>
        client.createRelation(steward.token, { name, country: 'DK', divisionId: seller.divisionId }),
      ),
    );
    const elsewhere = await client.createRelation(steward.token, { name: 'BULK ELSEWHERE A/S', country: 'DK' });
    expect(ok(await fixAll('NAME_ALL_CAPS', { divisionId: seller.divisionId })).applySuggestedFixes).toEqual({
      changed: 3,
      skipped: 0,
    });
    for (const relation of inDivision) expect((await client.record(steward.token, relation.id)).findings).toEqual([]);
    expect(codesOf((await client.record(steward.token, elsewhere.id)).findings)).toEqual(['NAME_ALL_CAPS']);
  });

  it(`fixes more records than one batch of ${FIX_BATCH} holds`, async () => {
    const division = (await app.actor('SALES', 'Big Bulk')).divisionId;
    const inputs = Array.from({ length: FIX_BATCH + 5 }, (_, n) => ({
      name: `MANY NUMBER ${n} A/S`,
      country: 'DK',
      divisionId: division,
    }));
    ok(
      await app.gql(
        'mutation($inputs: [RelationInput!]!) { createRelations(inputs: $inputs) { relation { id } } }',
        { inputs },
        steward.token,
      ),
    );
    expect(ok(await fixAll('NAME_ALL_CAPS', { divisionId: division })).applySuggestedFixes.changed).toBe(FIX_BATCH + 5);
    expect((await client.summary(steward.token, { divisionId: division })).warnings).toBe(0);
  });

  it('skips a finding whose value was changed around the API', async () => {
    const division = (await app.actor('SALES', 'Skip Division')).divisionId;
    const changed = await client.createRelation(steward.token, {
      name: 'SKIPPED A/S',
      country: 'DK',
      divisionId: division,
    });
    await client.createRelation(steward.token, { name: 'FIXED A/S', country: 'DK', divisionId: division });
    await app.dataSource.getRepository(Relation).update(fromGlobalId(changed.id).id, { name: 'SKIPPED TOO A/S' });
    expect(ok(await fixAll('NAME_ALL_CAPS', { divisionId: division })).applySuggestedFixes).toEqual({
      changed: 1,
      skipped: 1,
    });
  });

  it('answers BAD_USER_INPUT for an unknown rule code', async () => {
    expect(errorCode(await fixAll('NO_SUCH_RULE', {}))).toBe('BAD_USER_INPUT');
  });
});

describe('ignoreFinding', () => {
  it('takes the finding out of the report and out of the open counts', async () => {
    const relation = await client.createRelation(steward.token, { name: 'IGNORED ALARM A/S', country: 'DK' });
    const before = await client.summary(steward.token);
    const { ignoreFinding } = ok(await ignore(findingOf(relation.findings, 'NAME_ALL_CAPS').id, 'It is their brand'));
    expect(ignoreFinding).toMatchObject({ code: 'NAME_ALL_CAPS', ignored: true, ignoredReason: 'It is their brand' });
    expect((await client.report(steward.token, { search: 'IGNORED ALARM' })).rows).toEqual([]);
    const after = await client.summary(steward.token);
    expect(after.warnings).toBe(before.warnings - 1);
    expect(after.ignored).toBe(before.ignored + 1);
  });

  it('keeps the finding ignored while other fields change', async () => {
    const relation = await client.createRelation(steward.token, { name: 'STAYS IGNORED A/S', country: 'DK' });
    ok(await ignore(findingOf(relation.findings, 'NAME_ALL_CAPS').id));
    await client.updateRelation(steward.token, { id: relation.id, expectedVersion: relation.version, city: 'Odense' });
    expect((await client.record(steward.token, relation.id)).findings).toEqual([]);
    expect(findingOf((await client.record(steward.token, relation.id, true)).findings, 'NAME_ALL_CAPS').ignored).toBe(
      true,
    );
  });

  it('opens the finding again once its value changes', async () => {
    const relation = await client.createRelation(steward.token, { name: 'OPENS AGAIN A/S', country: 'DK' });
    ok(await ignore(findingOf(relation.findings, 'NAME_ALL_CAPS').id));
    await client.updateRelation(steward.token, {
      id: relation.id,
      expectedVersion: relation.version,
      name: 'OPENS AGAIN APS',
    });
    const reopened = findingOf((await client.record(steward.token, relation.id)).findings, 'NAME_ALL_CAPS');
    expect(reopened).toMatchObject({ ignored: false, value: 'OPENS AGAIN APS' });
  });

  it('answers BAD_USER_INPUT without a reason', async () => {
    const relation = await client.createRelation(steward.token, { name: 'NO REASON A/S', country: 'DK' });
    expect(errorCode(await ignore(findingOf(relation.findings, 'NAME_ALL_CAPS').id, '  '))).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for a finding that does not exist', async () => {
    expect(errorCode(await ignore(toGlobalId('Finding', 999_999)))).toBe('NOT_FOUND');
  });
});
