import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Node } from '../entities/node';
import type { Context } from '../schema/context';
import { loadNode } from './load-node';
import { SuggestedValue } from './types/suggested-value.type';

@Resolver(() => SuggestedValue)
export class SuggestedValueResolver {
  @FieldResolver(() => Node, { description: 'The member whose spelling is suggested' })
  async from(@Root() value: SuggestedValue, @Ctx() ctx: Context): Promise<Node> {
    return (await loadNode(ctx, value.entityType, value.fromId)) as Node;
  }

  @FieldResolver(() => [Node], { description: 'Every member holding the value, in any spelling that normalises alike' })
  async sources(@Root() value: SuggestedValue, @Ctx() ctx: Context): Promise<Node[]> {
    return (await Promise.all(value.sourceIds.map((id) => loadNode(ctx, value.entityType, id)))) as Node[];
  }
}
