import { graphql } from '../gql';

graphql(`
  fragment FindingFields on Finding {
    id
    code
    severity
    field
    message
    value
    suggestedValue
    ignored
    ignoredReason
  }
`);

export const ValidationSummaryDocument = graphql(`
  query ValidationSummary($filter: ValidationFilter) {
    validationSummary(filter: $filter) {
      errors
      warnings
      ignored
      rules {
        code
        severity
        description
        records
        findings
      }
    }
  }
`);

export const ValidationReportDocument = graphql(`
  query ValidationReport($filter: ValidationFilter, $first: Int, $after: String, $last: Int, $before: String) {
    validationErrors(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          record {
            ...RecordSummary
          }
          findings {
            ...FindingFields
          }
        }
      }
    }
  }
`);

export const FilterChoicesDocument = graphql(`
  query FilterChoices {
    divisions {
      id
      name
    }
    users {
      id
      name
    }
  }
`);

export const ApplyFixDocument = graphql(`
  mutation ApplyFix($findingId: ID!) {
    applySuggestedFix(findingId: $findingId) {
      record {
        id
      }
    }
  }
`);

export const ApplyFixesDocument = graphql(`
  mutation ApplyFixes($ruleCode: String!, $filter: ValidationFilter) {
    applySuggestedFixes(ruleCode: $ruleCode, filter: $filter) {
      changed
      skipped
    }
  }
`);

export const IgnoreFindingDocument = graphql(`
  mutation IgnoreFinding($findingId: ID!, $reason: String!) {
    ignoreFinding(findingId: $findingId, reason: $reason) {
      id
      ignored
    }
  }
`);

export const UpdateLeadValueDocument = graphql(`
  mutation UpdateLeadValue($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      id
      version
    }
  }
`);

export const UpdateRelationValueDocument = graphql(`
  mutation UpdateRelationValue($input: UpdateRelationInput!) {
    updateRelation(input: $input) {
      id
      version
    }
  }
`);

export const UpdateContactValueDocument = graphql(`
  mutation UpdateContactValue($input: UpdateContactInput!) {
    updateContact(input: $input) {
      id
      version
    }
  }
`);
