import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { Division } from '../entities';
import type { Context } from '../schema/context';
import { ContactCandidate, RelationCandidate } from './types/conversion.payload';

function candidateDivisionResolver<T extends { divisionId: number | null }>(type: ClassType<T>) {
  @Resolver(() => type)
  class CandidateDivisionResolver {
    @FieldResolver(() => Division, { nullable: true, description: 'The division that keeps the record' })
    division(@Root() candidate: T, @Ctx() ctx: Context): Promise<Division | null> | null {
      return candidate.divisionId ? ctx.loaders.division.load(candidate.divisionId) : null;
    }
  }
  return CandidateDivisionResolver;
}

export const CANDIDATE_DIVISION_RESOLVERS = [
  candidateDivisionResolver(RelationCandidate),
  candidateDivisionResolver(ContactCandidate),
] as const;
