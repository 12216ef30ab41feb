import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  Activity,
  Attachment,
  Contact,
  Deal,
  Lead,
  NumberSeries,
  Pipeline,
  Relation,
  Tagging,
} from '../../src/entities';
import { createNumberSeries } from '../../src/catalogue/number-series-admin.service';
import { createPipeline } from '../../src/catalogue/pipeline-admin.service';
import { DEFAULT_NUMBER_SERIES, DEFAULT_PIPELINE } from '../../src/db/default-catalogue';
import { transaction } from '../../src/db/transaction';
import { toGlobalId } from '../../src/schema/global-id';
import { ok, type TestApp } from './test-app';

/** A made-up word, the same for the same seed, so the records of one test resemble nobody else's in the shared database. */
export function word(seed: string): string {
  const letters = [...crypto.createHash('sha256').update(seed).digest().subarray(0, 9)]
    .map((byte) => String.fromCharCode(97 + (byte % 26)))
    .join('');
  return letters[0].toUpperCase() + letters.slice(1);
}

function digits(seed: string, count: number): string {
  return [...crypto.createHash('sha256').update(`digits ${seed}`).digest().subarray(0, count)]
    .map((byte) => byte % 10)
    .join('');
}

/** A business lead's details, unique to the seed. */
export function prospect(seed: string) {
  const company = word(`company ${seed}`);
  const firstName = word(`first ${seed}`);
  const lastName = word(`last ${seed}`);
  return {
    firstName,
    lastName,
    companyName: `${company} ApS`,
    email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@${company.toLowerCase()}.dk`,
    phone: `+45 4${digits(seed, 7)}`,
    registrationNumber: `3${digits(seed, 7)}`,
    country: 'DK',
  };
}

export interface Catalogue {
  salesPipeline: string;
  partnerPipeline: string;
  customerSeries: string;
  exportSeries: string;
}

/** The default pipeline and number series every database has, and one more of each. */
export async function addCatalogue(dataSource: DataSource): Promise<Catalogue> {
  const sales = await dataSource.getRepository(Pipeline).findOneByOrFail({ name: DEFAULT_PIPELINE.name });
  const customers = await dataSource.getRepository(NumberSeries).findOneByOrFail({ name: DEFAULT_NUMBER_SERIES.name });
  const [partners, exports] = await transaction(dataSource, async ({ manager: m }) => [
    await createPipeline(m, { name: 'Partners', stages: ['Contact', 'Agreement'] }),
    await createNumberSeries(m, { name: 'Export', prefix: 'E-', nextNumber: 500 }),
  ]);
  return {
    salesPipeline: toGlobalId('Pipeline', sales.id),
    partnerPipeline: toGlobalId('Pipeline', partners.id),
    customerSeries: toGlobalId('NumberSeries', customers.id),
    exportSeries: toGlobalId('NumberSeries', exports.id),
  };
}

/** What a conversion answers, with enough of every record to check it. */
export const CONVERSION_RESULT = `
  lead { id status version convertedAt relation { id } contact { id } deal { id } activities { totalCount } }
  relation { id name kind customerNumber registrationNumber city numberSeries { name } division { name } tags { name } contacts { totalCount } deals { totalCount }
             activities { edges { node { type subject body } } } attachments { edges { node { fileName } } } }
  contact { id firstName lastName email phone relation { id } division { name } tags { name }
            activities { edges { node { type subject body doneAt } } } attachments { edges { node { fileName } } } }
  deal { id title stage value status pipeline { name } manager { id } relation { id } contact { id } }
  activity { id type subject dueAt doneAt owner { id } record { id } }`;

export function convertLead(app: TestApp, token: string, input: Record<string, unknown>) {
  return app.gql(
    `mutation($input: ConvertLeadInput!) { convertLead(input: $input) { ${CONVERSION_RESULT} } }`,
    { input },
    token,
  );
}

export function quickConvertLead(app: TestApp, token: string, leadId: string) {
  return app.gql(
    `mutation($id: ID!) { quickConvertLead(leadId: $id) { ${CONVERSION_RESULT} } }`,
    { id: leadId },
    token,
  );
}

export async function createLead(
  app: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  return ok(
    await app.gql(`mutation($input: LeadInput!) { createLead(input: $input) { id version } }`, { input }, token),
  ).createLead;
}

export async function createRelation(
  app: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<{ id: string }> {
  const { createRelations } = ok(
    await app.gql(
      `mutation($i: [RelationInput!]!) { createRelations(inputs: $i) { relation { id } errors { message } } }`,
      { i: [input] },
      token,
    ),
  );
  return createRelations[0].relation;
}

export async function createContact(
  app: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const { createContacts } = ok(
    await app.gql(
      `mutation($i: [ContactInput!]!) { createContacts(inputs: $i) { contact { id version } errors { message } } }`,
      { i: [input] },
      token,
    ),
  );
  return createContacts[0].contact;
}

/** How many rows each table the conversion writes holds, and where the number series stand: equal before and after means nothing was written. */
export async function databaseState(dataSource: DataSource) {
  const manager = dataSource.manager;
  const [relations, contacts, deals, activities, attachments, taggings, leads, series] = await Promise.all([
    manager.count(Relation),
    manager.count(Contact),
    manager.count(Deal),
    manager.find(Activity, { order: { id: 'ASC' } }),
    manager.find(Attachment, { order: { id: 'ASC' } }),
    manager.count(Tagging),
    manager.find(Lead, { order: { id: 'ASC' } }),
    manager.find(NumberSeries, { order: { id: 'ASC' } }),
  ]);
  return { relations, contacts, deals, activities, attachments, taggings, leads, series };
}
