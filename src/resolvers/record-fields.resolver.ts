import { Arg, Args, Authorized, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { Division, Finding, Tag, User } from '../entities';
import { UserRole } from '../entities/enums';
import { entityTypeOf, type EntityType } from '../entities/record-types';
import type { Context } from '../schema/context';
import { paginateLoaded } from '../paging/pagination';
import { INCLUDE_IGNORED, recordFindings } from './record-findings';
import { ConnectionArgs } from './types/connection-args';
import { ActivityConnection, AttachmentConnection } from './types/connections';
import { reachableUser } from './reachable';
import { RECORD_LOADERS } from './record-loaders';

interface OwnedRecord {
  id: number;
  ownerId: number | null;
  divisionId: number | null;
}

/** The related fields leads, relations and contacts share, each through a per-request DataLoader. */
export function recordFieldsResolver<T extends OwnedRecord>(type: ClassType<T>) {
  const entityType = entityTypeOf(type) as EntityType;
  const loaders = RECORD_LOADERS[entityType];

  @Resolver(() => type)
  abstract class RecordFieldsResolver {
    @FieldResolver(() => User, { nullable: true, description: 'Who works the record' })
    owner(@Root() record: T, @Ctx() ctx: Context): Promise<User | null> | null {
      return reachableUser(ctx, record.ownerId ? ctx.loaders.user.load(record.ownerId) : null);
    }

    @FieldResolver(() => Division, { nullable: true })
    division(@Root() record: T, @Ctx() ctx: Context): Promise<Division | null> | null {
      return record.divisionId ? ctx.loaders.division.load(record.divisionId) : null;
    }

    @FieldResolver(() => [Tag])
    tags(@Root() record: T, @Ctx() ctx: Context): Promise<Tag[]> {
      return ctx.loaders[loaders.tags].load(record.id);
    }

    @FieldResolver(() => ActivityConnection, { description: 'Oldest first' })
    async activities(@Root() record: T, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
      return paginateLoaded(await ctx.loaders[loaders.activities].load(record.id), page);
    }

    @FieldResolver(() => AttachmentConnection, { description: 'Oldest first' })
    async attachments(@Root() record: T, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
      return paginateLoaded(await ctx.loaders[loaders.attachments].load(record.id), page);
    }

    @Authorized(UserRole.STEWARD)
    @FieldResolver(() => [Finding], {
      description:
        'What the data-quality rules find on the record, kept current with every write; none on merged records and closed leads',
    })
    findings(
      @Root() record: T,
      @Ctx() ctx: Context,
      @Arg('includeIgnored', INCLUDE_IGNORED) includeIgnored: boolean,
    ): Promise<Finding[]> {
      return recordFindings(ctx, entityType, record.id, includeIgnored);
    }
  }
  return RecordFieldsResolver;
}
