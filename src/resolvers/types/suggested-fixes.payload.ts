import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What applySuggestedFixes did' })
export class SuggestedFixesResult {
  @Field(() => Int, { description: 'Records whose values were changed' }) changed: number;
  @Field(() => Int, {
    description: 'Findings left alone: their value changed meanwhile, or the record refused the suggestion',
  })
  skipped: number;
}
