import { graphql } from '../gql';

graphql(`
  fragment InboxLead on Lead {
    id
    kind
    status
    source
    firstName
    lastName
    companyName
    email
    phone
    createdAt
    rejectionReason
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
      id
      name
    }
    relation {
      id
      name
    }
    contact {
      ...ContactLink
    }
    deal {
      ...DealLink
    }
  }
`);

export const LeadCreatedDocument = graphql(`
  subscription LeadCreated($after: String, $filter: LeadSubscriptionFilter) {
    leadCreated(after: $after, filter: $filter) {
      cursor
      node {
        ...InboxLead
      }
    }
  }
`);

export const LeadUpdatedDocument = graphql(`
  subscription LeadUpdated($filter: LeadSubscriptionFilter) {
    leadUpdated(filter: $filter) {
      ...InboxLead
    }
  }
`);

/** The newest lead's cursor (before any lead, the start): where a live view's leadCreated starts, whatever its filter. */
export const LiveStartDocument = graphql(`
  query LiveStart($since: DateTimeISO!) {
    leadArrivals(since: $since) {
      cursor
    }
  }
`);
