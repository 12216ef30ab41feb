import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../../entities/node';
import { Evidence } from './evidence.type';

@ObjectType({ description: 'A stored record that may be the same as the one asked about' })
export class DuplicateCandidate {
  @Field(() => Node) record: Node;

  @Field(() => Float, { description: 'Match probability 0..1' }) score: number;

  @Field(() => [String], { description: 'The reason codes that spoke for a match, strongest first' }) reasons: string[];

  @Field(() => [Evidence], { description: 'Every field compared' }) evidence: Evidence[];
}
