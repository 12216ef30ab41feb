import { graphql } from '../gql';

export const DuplicateQueueDocument = graphql(`
  query DuplicateQueue($filter: DuplicateClusterFilter, $first: Int, $after: String, $last: Int, $before: String) {
    duplicateClusters(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          id
          entityType
          status
          score
          memberCount
          label
        }
      }
    }
  }
`);

graphql(`
  fragment ClusterMember on Node {
    __typename
    id
    ... on Relation {
      relationKind: kind
      name
      registrationNumber
      country
      customerNumber
      email
      phone
      website
      street
      postalCode
      city
      version
      owner {
        id
        name
      }
      division {
        id
        name
      }
      tags {
        name
      }
      contacts(first: 0) {
        totalCount
      }
      deals(first: 0) {
        totalCount
      }
      activities(first: 0) {
        totalCount
      }
    }
    ... on Contact {
      firstName
      lastName
      email
      phone
      title
      birthDate
      version
      relation {
        id
        name
      }
      owner {
        id
        name
      }
      division {
        id
        name
      }
      tags {
        name
      }
      deals(first: 0) {
        totalCount
      }
      activities(first: 0) {
        totalCount
      }
    }
    ... on Lead {
      leadKind: kind
      firstName
      lastName
      email
      phone
      companyName
      ...LeadCompanyAddress
      birthDate
      message
      version
      owner {
        id
        name
      }
      division {
        id
        name
      }
      tags {
        name
      }
      activities(first: 0) {
        totalCount
      }
    }
  }
`);

export const DuplicateClusterDocument = graphql(`
  query DuplicateCluster($id: ID!) {
    node(id: $id) {
      ... on DuplicateCluster {
        id
        entityType
        status
        score
        memberCount
        label
        members {
          ...ClusterMember
        }
        pairs {
          score
          reasons
          a {
            id
          }
          b {
            id
          }
          evidence {
            field
            outcome
            weight
            reason
          }
        }
        suggestedSurvivor {
          id
        }
        suggestedValues {
          field
          from {
            id
          }
        }
      }
    }
  }
`);

export const MergeRecordsDocument = graphql(`
  mutation MergeRecords($input: MergeRecordsInput!) {
    mergeRecords(input: $input) {
      id
      survivor {
        id
      }
    }
  }
`);

export const DismissDuplicatesDocument = graphql(`
  mutation DismissDuplicates($clusterId: ID, $pairs: [[ID!]!]) {
    dismissDuplicates(clusterId: $clusterId, pairs: $pairs) {
      id
      status
    }
  }
`);

export const UndoMergeDocument = graphql(`
  mutation UndoMerge($mergeId: ID!) {
    undoMerge(mergeId: $mergeId) {
      id
      undoneAt
    }
  }
`);
