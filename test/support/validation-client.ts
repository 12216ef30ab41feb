import { ok, type TestApp } from './test-app';

export const FINDING_FIELDS = 'id code severity field message value suggestedValue ignored ignoredReason';

export interface FindingView {
  id: string;
  code: string;
  severity: string;
  field: string;
  message: string;
  value: string | null;
  suggestedValue: string | null;
  ignored: boolean;
  ignoredReason: string | null;
}

export interface RecordView {
  id: string;
  version: number;
  findings: FindingView[];
}

export interface ReportView {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  rows: { id: string; type: string; findings: FindingView[] }[];
}

export interface SummaryView {
  errors: number;
  warnings: number;
  ignored: number;
  rules: { code: string; severity: string; records: number; findings: number; ignored: number }[];
}

const RECORD = `id version findings { ${FINDING_FIELDS} }`;

/** The ways a steward's client talks to the validation API, as plain functions over one test app. */
export function validationClient(app: TestApp) {
  return {
    async createRelation(token: string, input: Record<string, unknown>): Promise<RecordView> {
      const query = `mutation($inputs: [RelationInput!]!) { createRelations(inputs: $inputs) { relation { ${RECORD} } errors { field code } } }`;
      const [item] = ok(await app.gql(query, { inputs: [input] }, token)).createRelations;
      if (!item.relation) throw new Error(`createRelations refused the input: ${JSON.stringify(item.errors)}`);
      return item.relation;
    },

    async createContact(token: string, input: Record<string, unknown>): Promise<RecordView> {
      const query = `mutation($inputs: [ContactInput!]!) { createContacts(inputs: $inputs) { contact { ${RECORD} } errors { field code } } }`;
      const [item] = ok(await app.gql(query, { inputs: [input] }, token)).createContacts;
      if (!item.contact) throw new Error(`createContacts refused the input: ${JSON.stringify(item.errors)}`);
      return item.contact;
    },

    async createLead(token: string, input: Record<string, unknown>): Promise<RecordView> {
      return ok(
        await app.gql(`mutation($input: LeadInput!) { createLead(input: $input) { ${RECORD} } }`, { input }, token),
      ).createLead;
    },

    async updateRelation(token: string, input: Record<string, unknown>): Promise<RecordView> {
      return ok(
        await app.gql(
          `mutation($input: UpdateRelationInput!) { updateRelation(input: $input) { ${RECORD} } }`,
          { input },
          token,
        ),
      ).updateRelation;
    },

    /** A lead, relation or contact with its findings, ignored ones included when asked. */
    async record(token: string, id: string, includeIgnored = false): Promise<RecordView & Record<string, unknown>> {
      const query = `query($id: ID!, $all: Boolean!) { node(id: $id) {
        ... on Relation { id version name phone findings(includeIgnored: $all) { ${FINDING_FIELDS} } }
        ... on Contact { id version phone findings(includeIgnored: $all) { ${FINDING_FIELDS} } }
        ... on Lead { id version status phone findings(includeIgnored: $all) { ${FINDING_FIELDS} } } } }`;
      return ok(await app.gql(query, { id, all: includeIgnored }, token)).node;
    },

    async report(
      token: string,
      filter: Record<string, unknown> = {},
      page: { first?: number; after?: string } = { first: 100 },
    ): Promise<ReportView> {
      const query = `query($filter: ValidationFilter, $first: Int, $after: String) {
        validationErrors(filter: $filter, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { record { __typename id } findings { ${FINDING_FIELDS} } } } } }`;
      const { validationErrors } = ok(await app.gql(query, { filter, ...page }, token));
      return {
        totalCount: validationErrors.totalCount,
        pageInfo: validationErrors.pageInfo,
        rows: validationErrors.edges.map(
          ({ node }: { node: { record: { __typename: string; id: string }; findings: FindingView[] } }) => ({
            id: node.record.id,
            type: node.record.__typename,
            findings: node.findings,
          }),
        ),
      };
    },

    async summary(token: string, filter: Record<string, unknown> = {}): Promise<SummaryView> {
      const query = `query($filter: ValidationFilter) { validationSummary(filter: $filter) { errors warnings ignored rules { code severity records findings ignored } } }`;
      return ok(await app.gql(query, { filter }, token)).validationSummary;
    },
  };
}

/** The one finding of a rule among these; fails the test when there is none. */
export function findingOf(findings: FindingView[], code: string): FindingView {
  const found = findings.find((f) => f.code === code);
  if (!found) throw new Error(`No ${code} among ${findings.map((f) => f.code).join(', ') || 'no findings'}`);
  return found;
}

export const codesOf = (findings: FindingView[]) => findings.map((f) => f.code).sort();

/** A rule's line of a summary, zeros when it is not listed. */
export function ruleLine(summary: SummaryView, code: string): { records: number; findings: number; ignored: number } {
  return summary.rules.find((rule) => rule.code === code) ?? { records: 0, findings: 0, ignored: 0 };
}
