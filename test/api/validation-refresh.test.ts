import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { transaction } from '../../src/db/transaction';
import { Finding, Relation } from '../../src/entities';
import { RelationKind } from '../../src/entities/enums';
import { recordKey } from '../../src/quality/validation/record-key';
import { scanFindings } from '../../src/quality/validation/validation-scan.service';
import { createRelations } from '../../src/relations/relation.service';
import { fromGlobalId, toGlobalId } from '../../src/schema/global-id';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';
import { codesOf, findingOf, validationClient } from '../support/validation-client';

let app: TestApp;
let steward: Actor;
let client: ReturnType<typeof validationClient>;

beforeAll(async () => {
  app = await startTestApp();
  steward = await app.actor('STEWARD', 'North');
  client = validationClient(app);
});
afterAll(() => app.close());

describe('findings follow every write of a record', () => {
  it('stores the findings of a relation when it is created', async () => {
    const relation = await client.createRelation(steward.token, {
      name: 'NORDISK TØMRER APS',
      country: 'DK',
      phone: '40 12 34 56',
    });
    expect(codesOf(relation.findings)).toEqual(['NAME_ALL_CAPS', 'PHONE_NOT_E164']);
    expect(findingOf(relation.findings, 'PHONE_NOT_E164')).toMatchObject({
      severity: 'WARNING',
      field: 'phone',
      value: '40 12 34 56',
      suggestedValue: '+4540123456',
    });
  });

  it('refreshes the findings of a relation when it is updated', async () => {
    const relation = await client.createRelation(steward.token, {
      name: 'Refresh ApS',
      country: 'DK',
      phone: '40 12 34 56',
    });
    const fixed = await client.updateRelation(steward.token, {
      id: relation.id,
      expectedVersion: relation.version,
      phone: '+4540123456',
    });
    expect(fixed.findings).toEqual([]);
    const broken = await client.updateRelation(steward.token, {
      id: relation.id,
      expectedVersion: fixed.version,
      phone: '+45 123',
    });
    expect(codesOf(broken.findings)).toEqual(['PHONE_INVALID']);
  });

  it("keeps a finding's id while its problem stays, through edits of other fields", async () => {
    const relation = await client.createRelation(steward.token, {
      name: 'Stable ApS',
      country: 'DK',
      phone: '40 12 34 56',
    });
    const edited = await client.updateRelation(steward.token, {
      id: relation.id,
      expectedVersion: relation.version,
      city: 'Aarhus',
    });
    expect(findingOf(edited.findings, 'PHONE_NOT_E164').id).toBe(findingOf(relation.findings, 'PHONE_NOT_E164').id);
  });

  it('writes the findings in the transaction that writes the record, so they roll back with it', async () => {
    let key = 0;
    await expect(
      transaction(app.dataSource, steward.user, async (uow) => {
        const { manager } = uow;
        const [item] = await createRelations(uow, [{ name: 'ROLLED BACK A/S' }]);
        key = recordKey('RELATION', item.record!.id);
        expect(await manager.countBy(Finding, { recordKey: key })).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await app.dataSource.manager.countBy(Finding, { recordKey: key })).toBe(0);
  });

  it("reads a contact's phone by the country of its relation", async () => {
    const relation = await client.createRelation(steward.token, { name: 'Contact Country ApS', country: 'DK' });
    const contact = await client.createContact(steward.token, {
      firstName: 'Ida',
      lastName: 'Holm',
      phone: '22 33 44 55',
      relationId: relation.id,
    });
    expect(findingOf(contact.findings, 'PHONE_NOT_E164').suggestedValue).toBe('+4522334455');
  });

  it("re-reads the contacts' phones when their relation's country changes", async () => {
    const relation = await client.createRelation(steward.token, { name: 'Moving ApS', country: 'DK' });
    const contact = await client.createContact(steward.token, {
      firstName: 'Åse',
      lastName: 'Berg',
      phone: '22 33 44 55',
      relationId: relation.id,
    });
    await client.updateRelation(steward.token, { id: relation.id, expectedVersion: relation.version, country: 'NO' });
    const after = await client.record(steward.token, contact.id);
    expect(findingOf(after.findings, 'PHONE_NOT_E164').suggestedValue).toBe('+4722334455');
  });

  it('clears the findings of a lead once it is rejected: nobody can edit it any more', async () => {
    const lead = await client.createLead(steward.token, {
      firstName: 'Bo',
      lastName: 'BERGGREN',
      phone: '40 12 34 56',
      country: 'DK',
    });
    expect(codesOf(lead.findings)).toEqual(['NAME_ALL_CAPS', 'PHONE_NOT_E164']);
    ok(
      await app.gql(
        `mutation($id: ID!) { rejectLead(leadId: $id, reason: "Not a buyer") { id } }`,
        { id: lead.id },
        steward.token,
      ),
    );
    expect((await client.record(steward.token, lead.id)).findings).toEqual([]);
  });
});

describe('the full scan', () => {
  const insertAroundTheApi = async (name: string) => {
    const { identifiers } = await app.dataSource
      .getRepository(Relation)
      .insert({ kind: RelationKind.COMPANY, name, country: 'DK', phone: '40 12 34 56' });
    return toGlobalId('Relation', identifiers[0].id as number);
  };

  it('finds what was loaded around the API', async () => {
    const id = await insertAroundTheApi('Loaded Around ApS');
    expect((await client.record(steward.token, id)).findings).toEqual([]);
    await scanFindings(app.dataSource);
    expect(codesOf((await client.record(steward.token, id)).findings)).toEqual(['PHONE_NOT_E164']);
  });

  it('clears findings whose problem was fixed around the API', async () => {
    const relation = await client.createRelation(steward.token, {
      name: 'Fixed Around ApS',
      country: 'DK',
      phone: '40 12 34 56',
    });
    await app.dataSource.getRepository(Relation).update(fromGlobalId(relation.id).id, { phone: '+4540123456' });
    await scanFindings(app.dataSource);
    expect((await client.record(steward.token, relation.id)).findings).toEqual([]);
  });

  it('counts what it found in the summary', async () => {
    await insertAroundTheApi('Counted Around ApS');
    const before = await client.summary(steward.token, { ruleCodes: ['PHONE_NOT_E164'] });
    await scanFindings(app.dataSource);
    const after = await client.summary(steward.token, { ruleCodes: ['PHONE_NOT_E164'] });
    expect(after.warnings).toBe(before.warnings + 1);
  });

  it('crm quality scan ends with the number of records and the rate', () => {
    const cli = path.resolve(__dirname, '../../dist/src/cli.js');
    const result = spawnSync(process.execPath, [cli, 'quality', 'scan'], {
      env: { ...process.env, DATABASE_URL: app.databaseUrl },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[lines.length - 1]).toMatch(
      /^Scanned [\d,]+ records in [\d.]+ s \([\d,]+ records\/s\): [\d,]+ findings on [\d,]+ records\.$/,
    );
  });
});
