import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Division, NumberSeries, Pipeline, User } from '../entities';
import { IsNull } from 'typeorm';
import { divisionLimit } from '../schema/access';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { visibleUsers } from '../users/user.service';
import { idOf } from '../schema/global-id';

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => User, { description: 'Who you are signed in as' })
  me(@Ctx() ctx: Context): User {
    return currentUser(ctx);
  }

  @Authorized()
  @Query(() => [User], {
    description:
      'Colleagues, to assign leads to; a SALES user sees those who may work their division (FORBIDDEN for another division)',
  })
  users(@Ctx() ctx: Context, @Arg('divisionId', () => ID, { nullable: true }) divisionId?: string): Promise<User[]> {
    return visibleUsers(
      ctx.dataSource.manager,
      currentUser(ctx),
      divisionId ? idOf('Division', divisionId, 'divisionId') : null,
    );
  }

  @Authorized()
  @Query(() => [Division])
  divisions(@Ctx() ctx: Context): Promise<Division[]> {
    return ctx.dataSource.getRepository(Division).find({ order: { name: 'ASC' } });
  }

  @Authorized()
  @Query(() => [Pipeline])
  pipelines(@Ctx() ctx: Context): Promise<Pipeline[]> {
    return ctx.dataSource.getRepository(Pipeline).find({ order: { isDefault: 'DESC', name: 'ASC' } });
  }

  @Authorized()
  @Query(() => [NumberSeries], {
    description: "The series every division uses and, for SALES users, their division's own",
  })
  numberSeries(@Ctx() ctx: Context): Promise<NumberSeries[]> {
    const limit = divisionLimit(currentUser(ctx));
    const where =
      limit === undefined ? {} : [{ divisionId: IsNull() }, ...(limit === null ? [] : [{ divisionId: limit }])];
    return ctx.dataSource.getRepository(NumberSeries).find({ where, order: { isDefault: 'DESC', name: 'ASC' } });
  }

  @FieldResolver(() => Division, { nullable: true })
  division(@Root() user: User, @Ctx() ctx: Context) {
    return user.divisionId ? ctx.loaders.division.load(user.divisionId) : null;
  }
}
