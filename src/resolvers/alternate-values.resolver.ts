import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { AlternateValue, Contact, Lead, Relation } from '../entities';
import type { Context } from '../schema/context';

type AlternateValuesLoader = 'leadAlternateValues' | 'relationAlternateValues' | 'contactAlternateValues';

function alternateValuesResolver<T extends { id: number }>(type: ClassType<T>, loader: AlternateValuesLoader) {
  @Resolver(() => type)
  class AlternateValuesResolver {
    @FieldResolver(() => [AlternateValue], {
      description:
        'Values merges did not pick for its fields (extra e-mails, former phone numbers), kept as secondary data',
    })
    alternateValues(@Root() record: T, @Ctx() ctx: Context): Promise<AlternateValue[]> {
      return ctx.loaders[loader].load(record.id);
    }
  }
  return AlternateValuesResolver;
}

export const ALTERNATE_VALUES_RESOLVERS = [
  alternateValuesResolver(Lead, 'leadAlternateValues'),
  alternateValuesResolver(Relation, 'relationAlternateValues'),
  alternateValuesResolver(Contact, 'contactAlternateValues'),
] as const;
