import { graphql } from '../../gql';

export const ConversionPreviewDocument = graphql(`
  query ConversionPreview($leadId: ID!, $relationId: ID, $contactId: ID) {
    conversionPreview(leadId: $leadId, relationId: $relationId, contactId: $contactId) {
      lead {
        id
        kind
        version
        firstName
        lastName
        email
        phone
        companyName
        ...LeadCompanyAddress
        division {
          id
          name
        }
        tags {
          name
        }
        activities(first: 1) {
          totalCount
        }
        attachments(first: 1) {
          totalCount
        }
      }
      relationCandidates {
        name
        score
        reasons
        automatic
        relation {
          id
          customerNumber
          city
        }
        division {
          name
        }
      }
      relation {
        id
        name
        customerNumber
      }
      contactCandidates {
        name
        score
        reasons
        automatic
        contact {
          id
          email
          phone
        }
        differences {
          field
          contactValue
          leadValue
        }
        division {
          name
        }
      }
      contact {
        id
      }
      openDeals {
        id
        title
        stage
        pipeline {
          name
        }
      }
      pipelines {
        id
        name
        stages
        isDefault
      }
      defaultManager {
        id
        name
      }
      numberSeries {
        series {
          id
          name
        }
        nextCustomerNumber
      }
    }
  }
`);

export const DivisionUsersDocument = graphql(`
  query DivisionUsers($divisionId: ID) {
    users(divisionId: $divisionId) {
      id
      name
    }
  }
`);

export const CompanyRegisterLookupDocument = graphql(`
  query CompanyRegisterLookup($country: String!, $registrationNumber: String!) {
    companyRegisterLookup(country: $country, registrationNumber: $registrationNumber) {
      country
      registrationNumber
      name
      street
      postalCode
      city
      phone
      email
    }
  }
`);

export const ConvertLeadDocument = graphql(`
  mutation ConvertLead($input: ConvertLeadInput!) {
    convertLead(input: $input) {
      lead {
        id
        status
      }
      ...ConversionOutcome
      deal {
        stage
      }
      activity {
        id
        type
        subject
        dueAt
      }
    }
  }
`);

/** Where a lead went, for the wizard of a lead someone converted first. */
export const ConvertedLeadDocument = graphql(`
  query ConvertedLead($id: ID!) {
    node(id: $id) {
      id
      ... on Lead {
        status
        rejectionReason
        relation {
          id
          name
        }
      }
    }
  }
`);
