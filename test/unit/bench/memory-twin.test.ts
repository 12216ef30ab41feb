import { graphql } from 'graphql';
import { apiSchemaSdl, memoryTwinSchema } from '../../../bench/support/memory-twin';

describe("the in-memory twin of an API's answer", () => {
  it('answers the same query with exactly the data it was given, through interfaces too', async () => {
    const query =
      '{ validationErrors(first: 2) { totalCount edges { node { record { __typename id ... on Relation { name } } findings { code } } } } }';
    const data = {
      validationErrors: {
        totalCount: 7,
        edges: [
          {
            node: {
              record: { __typename: 'Relation', id: 'UmVsYXRpb246MQ==', name: 'Acme' },
              findings: [{ code: 'PHONE_INVALID' }],
            },
          },
          { node: { record: { __typename: 'Lead', id: 'TGVhZDoy' }, findings: [] } },
        ],
      },
    };
    const answer = await graphql({ schema: memoryTwinSchema(apiSchemaSdl(), data), source: query });
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data)).toBe(JSON.stringify(data));
  });

  it('refuses data for a field the schema does not have', () => {
    expect(() => memoryTwinSchema(apiSchemaSdl(), { nothingLikeThis: [] })).toThrow(
      'Query has no field nothingLikeThis',
    );
  });
});
