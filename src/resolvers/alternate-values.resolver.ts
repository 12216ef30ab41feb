import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AlternateValue } from '../entities';
import { ENTITY_TYPES, RECORD_TYPES, type EntityType } from '../entities/record-types';
import type { Context } from '../schema/context';
import { RECORD_LOADERS } from './record-loaders';

function alternateValuesResolver(entityType: EntityType) {
  const loader = RECORD_LOADERS[entityType].alternateValues;

  @Resolver(() => RECORD_TYPES[entityType].entity)
  class AlternateValuesResolver {
    @FieldResolver(() => [AlternateValue], {
      description:
        'Values merges did not pick for its fields (extra e-mails, former phone numbers), kept as secondary data',
    })
    alternateValues(@Root() record: { id: number }, @Ctx() ctx: Context): Promise<AlternateValue[]> {
      return ctx.loaders[loader].load(record.id);
    }
  }
  return AlternateValuesResolver;
}

export const ALTERNATE_VALUES_RESOLVERS = ENTITY_TYPES.map(alternateValuesResolver);
