import { graphql } from '../gql';

export const TakeLeadDocument = graphql(`
  mutation TakeLead($leadId: ID!) {
    takeLead(leadId: $leadId) {
      ...InboxLead
    }
  }
`);

export const AssignLeadDocument = graphql(`
  mutation AssignLead($leadId: ID!, $userId: ID!) {
    assignLead(leadId: $leadId, userId: $userId) {
      ...InboxLead
    }
  }
`);

export const RejectLeadDocument = graphql(`
  mutation RejectLead($leadId: ID!, $reason: String!) {
    rejectLead(leadId: $leadId, reason: $reason) {
      ...InboxLead
    }
  }
`);

export const QuickConvertLeadDocument = graphql(`
  mutation QuickConvertLead($leadId: ID!) {
    quickConvertLead(leadId: $leadId) {
      lead {
        ...InboxLead
      }
      ...ConversionOutcome
    }
  }
`);

export const ColleaguesDocument = graphql(`
  query Colleagues($divisionId: ID) {
    users(divisionId: $divisionId) {
      id
      name
      role
    }
  }
`);
