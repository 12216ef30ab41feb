import { Attachment } from '../../src/entities';
import { fromGlobalId, toGlobalId } from '../../src/schema/global-id';
import { addCatalogue, createContact, createLead, createRelation, prospect } from '../support/conversion-fixtures';
import { dumpDatabase } from '../support/database-dump';
import { errorCode, ok, startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../support/test-app';

/**
 * The division audit's record: every mutation and field that takes an id or reaches a record, tried by a hostile
 * SALES user of Oslo against the records of Copenhagen. Writes answer FORBIDDEN (as node(id) does for a record out
 * of reach; BAD_USER_INPUT for a colleague who could not work the record, as assignLead answers) and write nothing;
 * reads answer FORBIDDEN for a single record out of reach, leave such records out of lists, and show another
 * division's conversion candidates only by name, division, score and reasons.
 */

let app: TestApp;
let oslo: Actor;
let copenhagen: Actor;
let admin: Actor;
let steward: Actor;

/** Copenhagen's records, and what of them must never reach Oslo. */
const cph = {} as Record<
  | 'relation'
  | 'numbered'
  | 'attachment'
  | 'contact'
  | 'deal'
  | 'lead'
  | 'activity'
  | 'mixedRelation'
  | 'mixedDeal'
  | 'mixedContact',
  string
>;
/** Oslo's own records, the hostile user's starting points. */
const own = {} as Record<'relation' | 'contact' | 'deal' | 'lead' | 'matchingLead' | 'convertedLead', string>;
const versions = {} as Record<string, number>;
const SECRETS = {
  attachment: 'copenhagen-secret-offer.pdf',
  contactEmail: 'kirsten.hemmelig@kobenhavn-secret.dk',
  contactPhone: '+45 70 70 70 71',
  dealTitle: 'Copenhagen secret deal',
  tag: 'cph-secret-tag',
  activity: 'Copenhagen secret call',
};

const dealInput = (relationId: string, extra: Record<string, unknown> = {}) => ({
  title: 'Hostile deal',
  relationId,
  ...extra,
});

async function gqlOk(query: string, variables: Record<string, unknown>, token: string) {
  return ok(await app.gql(query, variables, token));
}

beforeAll(async () => {
  app = await startTestApp();
  await addCatalogue(app.dataSource);
  oslo = await app.actor('SALES', 'Oslo');
  copenhagen = await app.actor('SALES', 'Copenhagen');
  admin = await app.actor('ADMIN', 'Copenhagen');
  steward = await app.actor('STEWARD', null);

  const data = prospect('isolation');
  cph.relation = (
    await createRelation(app, copenhagen.token, {
      name: data.companyName,
      registrationNumber: data.registrationNumber,
      country: 'DK',
      tags: [SECRETS.tag],
    })
  ).id;
  const contact = await createContact(app, copenhagen.token, {
    firstName: 'Kirsten',
    lastName: 'Hemmelig',
    email: SECRETS.contactEmail,
    phone: SECRETS.contactPhone,
    relationId: cph.relation,
  });
  cph.contact = contact.id;
  versions.cphContact = contact.version;
  cph.deal = (
    await gqlOk(
      `mutation($i: DealInput!) { createDeal(input: $i) { id } }`,
      { i: { title: SECRETS.dealTitle, relationId: cph.relation, contactId: cph.contact } },
      copenhagen.token,
    )
  ).createDeal.id;
  cph.activity = (
    await gqlOk(
      `mutation($d: ID!, $s: String!) { createActivity(input: { type: CALL, subject: $s, dealId: $d }) { id } }`,
      { d: cph.deal, s: SECRETS.activity },
      copenhagen.token,
    )
  ).createActivity.id;
  const attachment = await app.dataSource.getRepository(Attachment).save({
    fileName: 'copenhagen-secret-offer.pdf',
    mediaType: 'application/pdf',
    size: 3,
    content: Buffer.from('pdf'),
    dealId: fromGlobalId(cph.deal).id,
  });
  cph.attachment = toGlobalId('Attachment', attachment.id);
  const lead = await createLead(app, copenhagen.token, { lastName: 'Copenhagen lead', email: 'lead@cph.dk' });
  cph.lead = lead.id;
  const customer = await createLead(app, copenhagen.token, {
    companyName: 'Numbered Copenhagen ApS',
    email: 'post@numbered.dk',
  });
  cph.numbered = (
    await gqlOk(
      `mutation($id: ID!) { convertLead(input: { leadId: $id, target: CLIENT, relation: { choice: CREATE } }) { relation { id customerNumber } } }`,
      { id: customer.id },
      copenhagen.token,
    )
  ).convertLead.relation.id;
  versions.cphLead = lead.version;

  own.relation = (await createRelation(app, oslo.token, { name: 'Oslo Own AS' })).id;
  const ownContact = await createContact(app, oslo.token, { lastName: 'Nordmann', relationId: own.relation });
  own.contact = ownContact.id;
  versions.ownContact = ownContact.version;
  const ownDeal = (
    await gqlOk(
      `mutation($i: DealInput!) { createDeal(input: $i) { id version } }`,
      { i: { title: 'Oslo deal', relationId: own.relation } },
      oslo.token,
    )
  ).createDeal;
  own.deal = ownDeal.id;
  versions.ownDeal = ownDeal.version;
  const ownLead = await createLead(app, oslo.token, { lastName: 'Oslo lead', email: 'lead@oslo.no' });
  own.lead = ownLead.id;
  versions.ownLead = ownLead.version;
  own.matchingLead = (await createLead(app, oslo.token, prospect('isolation'))).id;

  // links across divisions only an ADMIN may make: an Oslo lead converted into Copenhagen's relation
  own.convertedLead = (
    await createLead(app, oslo.token, { ...prospect('isolation-mixed'), registrationNumber: null })
  ).id;
  const mixed = (
    await gqlOk(
      `mutation($i: ConvertLeadInput!) { convertLead(input: $i) { relation { id } contact { id } deal { id } } }`,
      {
        i: {
          leadId: own.convertedLead,
          target: 'DEAL',
          relation: { choice: 'EXISTING', relationId: cph.relation },
          contact: { choice: 'CREATE' },
          deal: { choice: 'CREATE', title: 'Mixed deal' },
        },
      },
      admin.token,
    )
  ).convertLead;
  cph.mixedRelation = mixed.relation.id;
  cph.mixedContact = mixed.contact.id;
  cph.mixedDeal = mixed.deal.id;
});
afterAll(() => app.close());

interface WriteCase {
  /** the mutation and what the hostile user names */
  name: string;
  code: 'FORBIDDEN' | 'BAD_USER_INPUT';
  run: () => Promise<GraphQLResponse>;
}

const as = (query: string, variables: () => Record<string, unknown>) => () => app.gql(query, variables(), oslo.token);

const CONVERT = `mutation($i: ConvertLeadInput!) { convertLead(input: $i) { lead { id } } }`;
const convertInput = (extra: Record<string, unknown>) => ({ i: { leadId: own.matchingLead, ...extra } });

const WRITES: WriteCase[] = [
  {
    name: 'convertLead into a relation and deal of another division (the issue)',
    code: 'FORBIDDEN',
    run: as(CONVERT, () =>
      convertInput({
        target: 'DEAL',
        relation: { choice: 'EXISTING', relationId: cph.relation },
        contact: { choice: 'CREATE' },
        deal: { choice: 'EXISTING', dealId: cph.deal },
      }),
    ),
  },
  {
    name: 'convertLead relation EXISTING of another division',
    code: 'FORBIDDEN',
    run: as(CONVERT, () =>
      convertInput({ target: 'CLIENT', relation: { choice: 'EXISTING', relationId: cph.relation } }),
    ),
  },
  {
    name: 'convertLead AUTOMATIC whose 100% match is in another division',
    code: 'FORBIDDEN',
    run: as(CONVERT, () => convertInput({ target: 'CONTACT' })),
  },
  {
    name: 'quickConvertLead whose 100% match is in another division',
    code: 'FORBIDDEN',
    run: as(`mutation($id: ID!) { quickConvertLead(leadId: $id) { lead { id } } }`, () => ({ id: own.matchingLead })),
  },
  {
    name: 'convertLead contact EXISTING of another division',
    code: 'FORBIDDEN',
    run: as(CONVERT, () =>
      convertInput({
        target: 'CONTACT',
        relation: { choice: 'EXISTING', relationId: cph.relation },
        contact: { choice: 'EXISTING', contactId: cph.contact, takeFromLead: ['EMAIL'] },
      }),
    ),
  },
  {
    name: 'convertLead deal EXISTING of another division on an own relation',
    code: 'FORBIDDEN',
    run: as(CONVERT, () =>
      convertInput({
        target: 'DEAL',
        relation: { choice: 'EXISTING', relationId: own.relation },
        contact: { choice: 'NONE' },
        deal: { choice: 'EXISTING', dealId: cph.deal },
      }),
    ),
  },
  {
    name: 'convertLead deal.managerId of another division',
    code: 'BAD_USER_INPUT',
    run: as(CONVERT, () =>
      convertInput({
        target: 'DEAL',
        relation: { choice: 'EXISTING', relationId: own.relation },
        contact: { choice: 'NONE' },
        deal: { choice: 'CREATE', managerId: copenhagen.id },
      }),
    ),
  },
  {
    name: 'convertLead activity.ownerId of another division',
    code: 'BAD_USER_INPUT',
    run: as(CONVERT, () =>
      convertInput({
        target: 'CLIENT',
        relation: { choice: 'EXISTING', relationId: own.relation },
        activity: { choice: 'CREATE', ownerId: copenhagen.id },
      }),
    ),
  },
  {
    name: 'convertLead of a lead of another division',
    code: 'FORBIDDEN',
    run: as(CONVERT, () => ({ i: { leadId: cph.lead, target: 'CLIENT' } })),
  },
  {
    name: 'quickConvertLead of a lead of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($id: ID!) { quickConvertLead(leadId: $id) { lead { id } } }`, () => ({ id: cph.lead })),
  },
  {
    name: 'createContacts at a relation of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($r: ID!) { createContacts(inputs: [{ lastName: "Spy", relationId: $r }]) { index } }`, () => ({
      r: cph.relation,
    })),
  },
  {
    name: 'createContacts with a divisionId of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($d: ID!) { createContacts(inputs: [{ lastName: "Spy", divisionId: $d }]) { index } }`, () => ({
      d: copenhagen.divisionId,
    })),
  },
  {
    name: 'updateContact of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($i: UpdateContactInput!) { updateContact(input: $i) { id } }`, () => ({
      i: { id: cph.contact, expectedVersion: versions.cphContact, lastName: 'Hijacked' },
    })),
  },
  {
    name: 'updateContact moving an own contact to a relation of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($i: UpdateContactInput!) { updateContact(input: $i) { id } }`, () => ({
      i: { id: own.contact, expectedVersion: versions.ownContact, relationId: cph.relation },
    })),
  },
  {
    name: 'updateContact ownerId of another division',
    code: 'BAD_USER_INPUT',
    run: as(`mutation($i: UpdateContactInput!) { updateContact(input: $i) { id } }`, () => ({
      i: { id: own.contact, expectedVersion: versions.ownContact, ownerId: copenhagen.id },
    })),
  },
  {
    name: 'createDeal on a relation of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($i: DealInput!) { createDeal(input: $i) { id } }`, () => ({ i: dealInput(cph.relation) })),
  },
  {
    name: 'createDeal with a contact of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($i: DealInput!) { createDeal(input: $i) { id } }`, () => ({
      i: dealInput(own.relation, { contactId: cph.contact }),
    })),
  },
  {
    name: 'createDeal managerId of another division',
    code: 'BAD_USER_INPUT',
    run: as(`mutation($i: DealInput!) { createDeal(input: $i) { id } }`, () => ({
      i: dealInput(own.relation, { managerId: copenhagen.id }),
    })),
  },
  {
    name: 'updateDeal of another division',
    code: 'FORBIDDEN',
    run: as(
      `mutation($id: ID!) { updateDeal(input: { id: $id, expectedVersion: 1, title: "Hijacked" }) { id } }`,
      () => ({
        id: cph.deal,
      }),
    ),
  },
  {
    name: 'updateDeal managerId of another division',
    code: 'BAD_USER_INPUT',
    run: as(
      `mutation($id: ID!, $v: Int!, $m: ID!) { updateDeal(input: { id: $id, expectedVersion: $v, managerId: $m }) { id } }`,
      () => ({
        id: own.deal,
        v: versions.ownDeal,
        m: copenhagen.id,
      }),
    ),
  },
  ...(['leadId', 'relationId', 'contactId', 'dealId'] as const).map((field): WriteCase => ({
    name: `createActivity on a ${field.slice(0, -2)} of another division`,
    code: 'FORBIDDEN',
    run: as(`mutation($i: ActivityInput!) { createActivity(input: $i) { id } }`, () => ({
      i: {
        type: 'NOTE',
        subject: 'Hostile note',
        [field]: { leadId: cph.lead, relationId: cph.relation, contactId: cph.contact, dealId: cph.deal }[field],
      },
    })),
  })),
  {
    name: 'createActivity ownerId of another division',
    code: 'BAD_USER_INPUT',
    run: as(`mutation($i: ActivityInput!) { createActivity(input: $i) { id } }`, () => ({
      i: { type: 'CALL', subject: 'Call for Copenhagen', relationId: own.relation, ownerId: copenhagen.id },
    })),
  },
  {
    name: 'completeActivity of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($id: ID!) { completeActivity(id: $id) { id } }`, () => ({ id: cph.activity })),
  },
  {
    name: 'createLead in another division',
    code: 'FORBIDDEN',
    run: as(
      `mutation($d: ID!) { createLead(input: { lastName: "Spy", email: "s@x.dk", divisionId: $d }) { id } }`,
      () => ({
        d: copenhagen.divisionId,
      }),
    ),
  },
  {
    name: 'createLead ownerId of another division',
    code: 'BAD_USER_INPUT',
    run: as(
      `mutation($o: ID!) { createLead(input: { lastName: "Spy", email: "s@x.dk", ownerId: $o }) { id } }`,
      () => ({
        o: copenhagen.id,
      }),
    ),
  },
  {
    name: 'createRelations in another division',
    code: 'FORBIDDEN',
    run: as(`mutation($d: ID!) { createRelations(inputs: [{ name: "Spy A/S", divisionId: $d }]) { index } }`, () => ({
      d: copenhagen.divisionId,
    })),
  },
  {
    name: 'updateRelation of another division',
    code: 'FORBIDDEN',
    run: as(
      `mutation($id: ID!) { updateRelation(input: { id: $id, expectedVersion: 1, name: "Hijacked" }) { id } }`,
      () => ({
        id: cph.relation,
      }),
    ),
  },
  {
    name: 'updateRelation ownerId of another division',
    code: 'BAD_USER_INPUT',
    run: as(
      `mutation($id: ID!, $o: ID!) { updateRelation(input: { id: $id, expectedVersion: 1, ownerId: $o }) { id } }`,
      () => ({
        id: own.relation,
        o: copenhagen.id,
      }),
    ),
  },
  {
    name: 'updateLead of another division',
    code: 'FORBIDDEN',
    run: as(
      `mutation($id: ID!, $v: Int!) { updateLead(input: { id: $id, expectedVersion: $v, city: "Oslo" }) { id } }`,
      () => ({
        id: cph.lead,
        v: versions.cphLead,
      }),
    ),
  },
  {
    name: 'takeLead of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($id: ID!) { takeLead(leadId: $id) { id } }`, () => ({ id: cph.lead })),
  },
  {
    name: 'assignLead of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($id: ID!, $u: ID!) { assignLead(leadId: $id, userId: $u) { id } }`, () => ({
      id: cph.lead,
      u: oslo.id,
    })),
  },
  {
    name: "assignLead of an own lead to another division's user",
    code: 'BAD_USER_INPUT',
    run: as(`mutation($id: ID!, $u: ID!) { assignLead(leadId: $id, userId: $u) { id } }`, () => ({
      id: own.lead,
      u: copenhagen.id,
    })),
  },
  {
    name: 'rejectLead of another division',
    code: 'FORBIDDEN',
    run: as(`mutation($id: ID!) { rejectLead(leadId: $id, reason: "Not ours") { id } }`, () => ({ id: cph.lead })),
  },
  ...(['lead', 'relation', 'contact'] as const).flatMap((record): WriteCase[] =>
    ['addTags', 'removeTags'].map((mutation) => ({
      name: `${mutation} on a ${record} of another division`,
      code: 'FORBIDDEN',
      run: as(`mutation($id: ID!) { ${mutation}(recordId: $id, tags: ["${SECRETS.tag}"]) { id } }`, () => ({
        id: cph[record],
      })),
    })),
  ),
  ...[
    [
      'mergeRecords',
      `mutation($s: ID!, $m: ID!) { mergeRecords(input: { survivorId: $s, mergedIds: [$m], expectedVersions: [] }) { id } }`,
    ],
    ['dismissDuplicates', `mutation($s: ID!, $m: ID!) { dismissDuplicates(pairs: [[$s, $m]]) { id } }`],
  ].map(([name, query]): WriteCase => ({
    name: `${name} (STEWARD only)`,
    code: 'FORBIDDEN',
    run: as(query, () => ({ s: own.relation, m: cph.relation })),
  })),
  {
    name: 'undoMerge (STEWARD only)',
    code: 'FORBIDDEN',
    run: as(`mutation { undoMerge(mergeId: "${Buffer.from('Merge:1').toString('base64url')}") { id } }`, () => ({})),
  },
  {
    name: 'applySuggestedFix and ignoreFinding (STEWARD only)',
    code: 'FORBIDDEN',
    run: as(`mutation($f: ID!) { applySuggestedFix(findingId: $f) { recordId: __typename } }`, () => ({
      f: Buffer.from('Finding:1').toString('base64url'),
    })),
  },
];

describe('every mutation that takes an id, by a SALES user of another division', () => {
  it.each(WRITES.map((c) => [c.name, c] as const))('%s: refused, nothing written', async (_name, c) => {
    const before = await dumpDatabase(app.dataSource, ['api_token']);
    const response = await c.run();
    expect({ code: errorCode(response), errors: response.errors }).toMatchObject({ code: c.code });
    expect(JSON.stringify(response)).not.toContain(SECRETS.contactEmail);
    expect(await dumpDatabase(app.dataSource, ['api_token'])).toEqual(before);
  });
});

interface ReadCase {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** FORBIDDEN for one record out of reach; null: answered, with what is out of reach left out */
  code: 'FORBIDDEN' | null;
  token?: () => string;
}

const READS: ReadCase[] = [
  ...['Lead', 'Relation', 'Contact', 'Deal', 'Activity', 'Attachment'].map((type): ReadCase => ({
    name: `node(id) of a ${type} of another division`,
    query: `query($id: ID!) { node(id: $id) { id } }`,
    variables: () => ({
      id: {
        Lead: cph.lead,
        Relation: cph.relation,
        Contact: cph.contact,
        Deal: cph.deal,
        Activity: cph.activity,
        Attachment: cph.attachment,
      }[type],
    }),
    code: 'FORBIDDEN',
  })),
  {
    name: 'node(id) of a SALES user of another division (their e-mail)',
    query: `query($id: ID!) { node(id: $id) { id ... on User { email } } }`,
    variables: () => ({ id: copenhagen.id }),
    code: 'FORBIDDEN',
  },
  {
    name: 'nodes(ids) with a record of another division among them',
    query: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
    variables: () => ({ ids: [own.relation, cph.attachment] }),
    code: 'FORBIDDEN',
  },
  {
    name: 'users lists no SALES user of another division',
    query: `{ users { id email } }`,
    variables: () => ({}),
    code: null,
  },
  {
    name: 'users of another division by divisionId',
    query: `query($d: ID!) { users(divisionId: $d) { id email } }`,
    variables: () => ({ d: copenhagen.divisionId }),
    code: 'FORBIDDEN',
  },
  {
    name: "a converted lead's relation in another division",
    query: `query($id: ID!) { node(id: $id) { ... on Lead { relation { id name } } } }`,
    variables: () => ({ id: own.convertedLead }),
    code: 'FORBIDDEN',
  },
  {
    name: "a converted lead's relation in another division, read with the lead inbox's page (joined there)",
    query: `{ leads(first: 100, filter: { status: [CONVERTED] }) { edges { node { id owner { name } relation { id name } } } } }`,
    variables: () => ({}),
    code: 'FORBIDDEN',
  },
  {
    name: "an own contact's relation in another division",
    query: `query($id: ID!) { node(id: $id) { ... on Contact { relation { id name } } } }`,
    variables: () => ({ id: cph.mixedContact }),
    code: 'FORBIDDEN',
  },
  {
    name: "an own deal's relation in another division",
    query: `query($id: ID!) { node(id: $id) { ... on Deal { relation { id name } } } }`,
    variables: () => ({ id: cph.mixedDeal }),
    code: 'FORBIDDEN',
  },
  {
    name: "a lead's deal joined in another division",
    query: `query($id: ID!) { node(id: $id) { ... on Lead { deal { id title } } } }`,
    variables: () => ({ id: own.convertedLead }),
    code: null,
  },
  {
    name: "another division's relation lists no contact or deal of Oslo's (the other way round)",
    query: `query($id: ID!) { node(id: $id) { ... on Relation { contacts { totalCount edges { node { id } } } deals { totalCount edges { node { id } } } } } }`,
    variables: () => ({ id: cph.mixedRelation }),
    code: null,
    token: () => copenhagen.token,
  },
  {
    name: "activities lists no activity on a record of another division (the ADMIN's conversion note on Oslo's contact)",
    query: `{ activities(first: 100) { edges { node { id subject record { id } } } } }`,
    variables: () => ({}),
    code: null,
    token: () => copenhagen.token,
  },
  {
    name: 'activities lists no activity of another division',
    query: `{ activities(first: 100) { edges { node { id subject record { id } } } } }`,
    variables: () => ({}),
    code: null,
  },
];

describe('every field that reaches a record, by a SALES user of another division', () => {
  it.each(READS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const response = await app.gql(c.query, c.variables(), (c.token ?? (() => oslo.token))());
    const text = JSON.stringify(response.data ?? null);
    if (c.code) expect(errorCode(response)).toBe(c.code);
    else expect(response.errors).toBeUndefined();
    // what the reader's own division must not see of the other's
    const hidden = c.token
      ? [cph.mixedContact, cph.mixedDeal, 'Mixed deal', prospect('isolation-mixed').companyName, oslo.user.email]
      : [...Object.values(SECRETS), cph.contact, cph.deal, cph.activity, copenhagen.user.email];
    for (const secret of hidden) expect(text).not.toContain(secret);
  });
});

const PREVIEW = `query($id: ID!, $relationId: ID, $contactId: ID) {
  conversionPreview(leadId: $id, relationId: $relationId, contactId: $contactId) {
    relationCandidates { name division { name } score reasons automatic
      relation { id name contacts { edges { node { id email phone } } } deals { edges { node { title manager { email } activities { edges { node { subject } } } } } } tags { name } } }
    relation { id }
    contactCandidates { name score reasons automatic differences { contactValue } contact { id email } }
    contact { id }
    openDeals { id title manager { email } }
    numberSeries { series { name } lastRelations { id name } }
  }
}`;

describe('conversionPreview for a lead that matches a customer of another division', () => {
  it('names the candidate, its division, score and reasons, and nothing reachable from it', async () => {
    const response = await app.gql(PREVIEW, { id: own.matchingLead }, oslo.token);
    const { conversionPreview } = ok(response);
    expect(conversionPreview.relationCandidates).toEqual([
      expect.objectContaining({
        name: prospect('isolation').companyName,
        division: { name: 'Copenhagen' },
        automatic: true,
        reasons: expect.arrayContaining(['REGNO_EXACT']),
        relation: null,
      }),
    ]);
    expect(conversionPreview.relation).toBeNull();
    expect(conversionPreview.contactCandidates).toEqual([]);
    expect(conversionPreview.openDeals).toEqual([]);
    const text = JSON.stringify(response);
    for (const secret of [...Object.values(SECRETS), cph.relation, copenhagen.user.email])
      expect(text).not.toContain(secret);
  });

  it('lists no customer of another division among the number series last customers', async () => {
    const { conversionPreview } = ok(await app.gql(PREVIEW, { id: own.matchingLead }, oslo.token));
    const ids = conversionPreview.numberSeries.flatMap((s: { lastRelations: { id: string }[] }) =>
      s.lastRelations.map((r) => r.id),
    );
    expect(ids).not.toContain(cph.numbered);
  });

  it.each([
    ['relationId', () => ({ relationId: cph.relation })],
    ['contactId', () => ({ relationId: own.relation, contactId: cph.contact })],
  ])('is FORBIDDEN asked about a %s of another division', async (_name, chosen) => {
    const response = await app.gql(PREVIEW, { id: own.matchingLead, ...chosen() }, oslo.token);
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(JSON.stringify(response)).not.toContain(SECRETS.contactEmail);
  });

  it('shows the candidate in full to a steward, who works every division', async () => {
    const { conversionPreview } = ok(await app.gql(PREVIEW, { id: own.matchingLead }, steward.token));
    expect(conversionPreview.relationCandidates[0].relation).toMatchObject({ id: cph.relation });
    expect(conversionPreview.contactCandidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Kirsten Hemmelig',
          contact: { id: cph.contact, email: SECRETS.contactEmail },
        }),
      ]),
    );
  });
});
