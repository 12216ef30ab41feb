import { Field, ObjectType } from 'type-graphql';
import { ApiToken } from '../../entities';

@ObjectType({ description: 'A new API token: the token itself is shown here once and stored only hashed' })
export class CreatedApiToken {
  @Field({ description: 'Send it as "Authorization: Bearer <token>"; it cannot be read again' }) token: string;
  @Field(() => ApiToken) apiToken: ApiToken;
}
