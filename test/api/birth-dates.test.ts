import { transaction } from '../../src/db/transaction';
import { Contact, Lead } from '../../src/entities';
import { createSite } from '../../src/leads/web/site.service';
import { errorCode, ok, startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../support/test-app';
import { codesOf, validationClient } from '../support/validation-client';

let app: TestApp;
let steward: Actor;
let client: ReturnType<typeof validationClient>;

beforeAll(async () => {
  app = await startTestApp();
  steward = await app.actor('STEWARD', 'North');
  client = validationClient(app);
});
afterAll(() => app.close());

const IMPOSSIBLE = [
  ['1990-02-31', "'1990-02-31' is not a real date: February 1990 has 28 days"],
  ['2999-02-30', "'2999-02-30' is not a real date: February 2999 has 28 days"],
  ['2024-04-31', "'2024-04-31' is not a real date: April 2024 has 30 days"],
  ['2024-13-01', "'2024-13-01' is not a real date: a year has no month 13"],
];

/** The one BAD_USER_INPUT error of a response, as field and message. */
function refusal(response: GraphQLResponse) {
  expect(errorCode(response)).toBe('BAD_USER_INPUT');
  const [error] = response.errors!;
  return { field: error.extensions!.field, message: error.message, fields: error.extensions!.fields };
}

describe('impossible calendar dates', () => {
  it.each(IMPOSSIBLE)('createLead refuses the birth date %s, naming the field and the value', async (date, message) => {
    const response = await app.gql(
      'mutation($input: LeadInput!) { createLead(input: $input) { id } }',
      { input: { lastName: `Born ${date}`, email: `born-${date}@dates.dk`, birthDate: date } },
      steward.token,
    );
    expect(refusal(response)).toEqual({
      field: 'birthDate',
      message: `birthDate: ${message}`,
      fields: [{ field: 'birthDate', code: 'DATE_INVALID', message }],
    });
    expect(await app.dataSource.getRepository(Lead).countBy({ lastName: `Born ${date}` })).toBe(0);
  });

  it('createLeads and createContacts refuse the impossible item and save the others', async () => {
    const leads = ok(
      await app.gql(
        'mutation($inputs: [LeadInput!]!) { createLeads(inputs: $inputs) { lead { birthDate } errors { field code message } } }',
        {
          inputs: [
            { lastName: 'Batch Possible', email: 'bp@dates.dk', birthDate: '1990-02-28' },
            { lastName: 'Batch Impossible', email: 'bi@dates.dk', birthDate: '1990-02-31' },
          ],
        },
        steward.token,
      ),
    ).createLeads;
    expect(leads).toEqual([
      { lead: { birthDate: '1990-02-28' }, errors: [] },
      {
        lead: null,
        errors: [
          {
            field: 'birthDate',
            code: 'DATE_INVALID',
            message: "'1990-02-31' is not a real date: February 1990 has 28 days",
          },
        ],
      },
    ]);
    const contacts = ok(
      await app.gql(
        'mutation($inputs: [ContactInput!]!) { createContacts(inputs: $inputs) { contact { id } errors { field code } } }',
        { inputs: [{ lastName: 'Contact Impossible', birthDate: '2999-02-30' }] },
        steward.token,
      ),
    ).createContacts;
    expect(contacts).toEqual([{ contact: null, errors: [{ field: 'birthDate', code: 'DATE_INVALID' }] }]);
    expect(await app.dataSource.getRepository(Contact).countBy({ lastName: 'Contact Impossible' })).toBe(0);
  });

  it('updateLead and updateContact refuse an impossible birth date and change nothing', async () => {
    const lead = await client.createLead(steward.token, { lastName: 'Update Lead', email: 'update-lead@dates.dk' });
    const contact = await client.createContact(steward.token, { lastName: 'Update Contact', email: 'uc@dates.dk' });
    const updatedLead = await app.gql(
      'mutation($input: UpdateLeadInput!) { updateLead(input: $input) { id } }',
      { input: { id: lead.id, expectedVersion: lead.version, birthDate: '1990-02-31' } },
      steward.token,
    );
    expect(refusal(updatedLead).field).toBe('birthDate');
    const updatedContact = await app.gql(
      'mutation($input: UpdateContactInput!) { updateContact(input: $input) { id } }',
      { input: { id: contact.id, expectedVersion: contact.version, birthDate: '2999-02-30' } },
      steward.token,
    );
    expect(refusal(updatedContact)).toMatchObject({
      field: 'birthDate',
      message: "birthDate: '2999-02-30' is not a real date: February 2999 has 28 days",
    });
    expect(await app.dataSource.getRepository(Lead).findOneByOrFail({ email: 'update-lead@dates.dk' })).toMatchObject({
      birthDate: null,
      version: lead.version,
    });
  });

  it('mergeRecords refuses an impossible birth date given for the survivor', async () => {
    const [a, b] = await Promise.all(
      ['merge-a@dates.dk', 'merge-b@dates.dk'].map((email) =>
        client.createContact(steward.token, { firstName: 'Merge', lastName: 'Dates', email }),
      ),
    );
    const response = await app.gql(
      'mutation($input: MergeRecordsInput!) { mergeRecords(input: $input) { id } }',
      {
        input: {
          survivorId: a.id,
          mergedIds: [b.id],
          fieldValues: [{ field: 'birthDate', value: '1990-02-31' }],
          expectedVersions: [
            { id: a.id, version: a.version },
            { id: b.id, version: b.version },
          ],
        },
      },
      steward.token,
    );
    expect(refusal(response).field).toBe('fieldValues.birthDate');
  });

  it('the web form answers 400 naming the field, and keeps nothing', async () => {
    const { key } = await transaction(app.dataSource, ({ manager: m }) =>
      createSite(m, { name: 'Dates site', origins: ['https://dates.example'], divisionName: 'North' }),
    );
    const response = await fetch(`${app.baseUrl}/api/web-leads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-site-key': key },
      body: JSON.stringify({ lastName: 'Web Impossible', email: 'web@dates.dk', birthDate: '1990-02-31' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'birthDate',
          code: 'DATE_INVALID',
          message: "'1990-02-31' is not a real date: February 1990 has 28 days",
        },
      ],
    });
    expect(await app.dataSource.getRepository(Lead).countBy({ lastName: 'Web Impossible' })).toBe(0);
  });

  it('an import rejects the rows with an impossible birth date, with row number, field, column and reason', async () => {
    const csv = [
      'Efternavn;E-mail;Fødselsdato',
      'Row Two;two@dates.dk;1990-02-28',
      'Row Three;three@dates.dk;2999-02-30',
    ];
    const form = new FormData();
    form.append('file', new Blob([csv.join('\n')]), 'dates.csv');
    form.append('entity', 'leads');
    const response = await fetch(`${app.baseUrl}/api/import`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${steward.token}` },
    });
    const report = (await response.json()) as Record<string, unknown>;
    expect(report).toMatchObject({ rowsRead: 2, created: 1, skipped: 1 });
    expect(report.rejected).toEqual([
      {
        rowNumber: 3,
        problems: [
          {
            field: 'birthDate',
            column: 'Fødselsdato',
            code: 'DATE_INVALID',
            message: "'2999-02-30' is not a real date: February 2999 has 28 days",
          },
        ],
      },
    ]);
  });
});

describe('BIRTH_DATE_IMPLAUSIBLE', () => {
  it('is one of the validation rules', async () => {
    const { validationRules } = ok(await app.gql('{ validationRules { code severity field } }', {}, steward.token));
    expect(validationRules).toContainEqual({ code: 'BIRTH_DATE_IMPLAUSIBLE', severity: 'ERROR', field: 'birthDate' });
  });

  it('shows leads and contacts born in the future or over 120 years ago in the validation report', async () => {
    const future = await client.createLead(steward.token, {
      lastName: 'Implausible Future',
      email: 'future@dates.dk',
      birthDate: '2999-02-28',
    });
    const old = await client.createContact(steward.token, { lastName: 'Implausible Old', birthDate: '1880-05-01' });
    await client.createLead(steward.token, {
      lastName: 'Implausible Not',
      email: 'not@dates.dk',
      birthDate: '1980-05-01',
    });
    const report = await client.report(steward.token, { search: 'Implausible', ruleCodes: ['BIRTH_DATE_IMPLAUSIBLE'] });
    expect(report.rows.map((row) => row.id).sort()).toEqual([future.id, old.id].sort());
    const finding = report.rows.find((row) => row.id === future.id)!.findings[0];
    expect(finding).toMatchObject({ code: 'BIRTH_DATE_IMPLAUSIBLE', field: 'birthDate', value: '2999-02-28' });
    expect(finding.message).toMatch(/^Birth date '2999-02-28' lies in the future/);
    expect(codesOf(report.rows.find((row) => row.id === old.id)!.findings)).toContain('BIRTH_DATE_IMPLAUSIBLE');
  });
});
