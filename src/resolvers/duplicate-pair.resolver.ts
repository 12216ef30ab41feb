import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DuplicatePair } from '../entities';
import { Node } from '../entities/node';
import { reasonsOf } from '../quality/matching/match-scorer';
import type { Context } from '../schema/context';
import { loadNode } from './load-node';
import { Evidence } from './types/evidence.type';

@Resolver(() => DuplicatePair)
export class DuplicatePairResolver {
  @FieldResolver(() => Node, { description: 'The record with the smaller id' })
  async a(@Root() pair: DuplicatePair, @Ctx() ctx: Context): Promise<Node> {
    return (await loadNode(ctx, pair.entityType, pair.aId)) as Node;
  }

  @FieldResolver(() => Node)
  async b(@Root() pair: DuplicatePair, @Ctx() ctx: Context): Promise<Node> {
    return (await loadNode(ctx, pair.entityType, pair.bId)) as Node;
  }

  @FieldResolver(() => [Evidence], { description: 'Every field compared, as it was when the pair was scored' })
  evidence(@Root() pair: DuplicatePair): Evidence[] {
    return pair.evidence;
  }

  @FieldResolver(() => [String], { description: 'The reason codes that spoke for a match, strongest first' })
  reasons(@Root() pair: DuplicatePair): string[] {
    return reasonsOf(pair.evidence);
  }
}
