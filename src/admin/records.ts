import { graphql } from './gql';

graphql(`
  fragment RecordSummary on Node {
    __typename
    id
    ... on Lead {
      firstName
      lastName
      companyName
      leadStatus: status
      version
    }
    ... on Relation {
      name
      status
      version
    }
    ... on Contact {
      firstName
      lastName
      status
      version
    }
  }
`);

export interface RecordLike {
  __typename?: string;
  id: string;
  name?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
}

/** A record's name as people say it. */
export function recordLabel(record: RecordLike): string {
  const person = [record.firstName, record.lastName].filter(Boolean).join(' ');
  const name = record.name ?? ([person, record.companyName].filter(Boolean).join(', ') || null);
  return name || `(no name) ${record.id}`;
}

export function recordType(record: { __typename?: string }): string {
  return record.__typename ?? 'Record';
}
