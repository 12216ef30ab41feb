/**
 * The pages `npm run bench -- api` measures besides the lead inbox (bench/api-throughput.bench.ts asks for them
 * word for word, and exports only PAGE_QUERY), for the tests that pin their statements and answers.
 */
export const RELATIONS_QUERY =
  'query Relations { relations(first: 50) { edges { node { id name customerNumber city owner { name } contacts(first: 5) { edges { node { id firstName lastName email } } } deals(first: 5) { edges { node { id title stage value status } } } } } } }';
export const VALIDATION_QUERY =
  'query Report { validationErrors(first: 50) { totalCount edges { node { record { __typename id ... on Lead { firstName lastName email phone } ... on Relation { name phone } ... on Contact { firstName lastName } } findings { id code severity field message value suggestedValue } } } } }';
