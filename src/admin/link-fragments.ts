import { graphql } from './gql';

// What a page needs to name and link a relation, contact or deal it was handed.
graphql(`
  fragment RelationLink on Relation {
    id
    name
    customerNumber
  }
`);

graphql(`
  fragment ContactLink on Contact {
    id
    firstName
    lastName
  }
`);

graphql(`
  fragment DealLink on Deal {
    id
    title
  }
`);

/** The records a conversion made or used, as the inbox's quick conversion and the wizard report them. */
graphql(`
  fragment ConversionOutcome on ConversionResult {
    relation {
      ...RelationLink
    }
    contact {
      ...ContactLink
    }
    deal {
      ...DealLink
    }
  }
`);

/** A lead's company and address: the fields conversion copies onto the relation. */
graphql(`
  fragment LeadCompanyAddress on Lead {
    registrationNumber
    country
    street
    postalCode
    city
    website
  }
`);
