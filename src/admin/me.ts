import { graphql } from './gql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      role
      division {
        id
        name
      }
    }
  }
`);
