import { Attachment, Pipeline } from '../../src/entities';
import { fromGlobalId } from '../../src/schema/global-id';
import { ok, type GraphQLResponse, type TestApp } from './test-app';

/** Builds the records merge tests need, through the API as a client would (attachments, which have no upload API, through the repository). */
export function mergeFixtures(app: TestApp, token: string) {
  const create = async (mutation: string, type: string, inputs: Record<string, unknown>[]) => {
    const data = ok(
      await app.gql(
        `mutation($inputs: [${type}Input!]!) { ${mutation}(inputs: $inputs) { ${type.toLowerCase()} { id } errors { field message } } }`,
        { inputs },
        token,
      ),
    );
    return (data[mutation] as { errors: unknown[] }[]).map((item: Record<string, any>) => {
      if (item.errors.length > 0) throw new Error(`Not created: ${JSON.stringify(item.errors)}`);
      return item[type.toLowerCase()].id as string;
    });
  };
  const fixtures = {
    relations: (...inputs: Record<string, unknown>[]) => create('createRelations', 'Relation', inputs),
    contacts: (...inputs: Record<string, unknown>[]) => create('createContacts', 'Contact', inputs),
    async lead(input: Record<string, unknown>): Promise<string> {
      return ok(await app.gql(`mutation($input: LeadInput!) { createLead(input: $input) { id } }`, { input }, token))
        .createLead.id;
    },
    async deal(relationId: string, more: { title?: string; contactId?: string } = {}): Promise<string> {
      if (!(await app.dataSource.getRepository(Pipeline).existsBy({ isDefault: true }))) {
        await app.dataSource
          .getRepository(Pipeline)
          .save({ name: 'Sales', stages: ['Lead', 'Offer', 'Won'], isDefault: true });
      }
      return ok(
        await app.gql(
          `mutation($input: DealInput!) { createDeal(input: $input) { id } }`,
          { input: { title: 'A case', relationId, ...more } },
          token,
        ),
      ).createDeal.id;
    },
    async activity(parent: Record<string, string>, subject = 'Called'): Promise<string> {
      return ok(
        await app.gql(
          `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`,
          { input: { type: 'NOTE', subject, ...parent } },
          token,
        ),
      ).createActivity.id;
    },
    async attachment(parent: Record<string, string>, fileName = 'offer.pdf'): Promise<number> {
      const [[field, globalId]] = Object.entries(parent);
      const { identifiers } = await app.dataSource.getRepository(Attachment).insert({
        fileName,
        mediaType: 'application/pdf',
        size: 3,
        content: Buffer.from('pdf'),
        [field]: fromGlobalId(globalId).id,
      });
      return identifiers[0].id as number;
    },
    async tag(recordId: string, ...tags: string[]): Promise<void> {
      ok(
        await app.gql(
          `mutation($id: ID!, $tags: [String!]!) { addTags(recordId: $id, tags: $tags) { id } }`,
          { id: recordId, tags },
          token,
        ),
      );
    },
    /** The version of each record, as a client would send it back. */
    async versions(ids: string[]): Promise<{ id: string; version: number }[]> {
      const { nodes } = ok(
        await app.gql(
          `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Relation { version } ... on Contact { version } ... on Lead { version } } }`,
          { ids },
          token,
        ),
      );
      return nodes;
    },
    merge(
      survivorId: string,
      mergedIds: string[],
      fieldValues: Record<string, unknown>[] = [],
      selection = 'id',
    ): Promise<GraphQLResponse> {
      return fixtures
        .versions([survivorId, ...mergedIds])
        .then((expectedVersions) =>
          app.gql(
            `mutation($input: MergeRecordsInput!) { mergeRecords(input: $input) { ${selection} } }`,
            { input: { survivorId, mergedIds, fieldValues, expectedVersions } },
            token,
          ),
        );
    },
    undo(mergeId: string, selection = 'id'): Promise<GraphQLResponse> {
      return app.gql(`mutation($id: ID!) { undoMerge(mergeId: $id) { ${selection} } }`, { id: mergeId }, token);
    },
  };
  return fixtures;
}
