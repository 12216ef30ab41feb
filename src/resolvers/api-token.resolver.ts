import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { transaction } from '../db/transaction';
import { ApiToken } from '../entities';
import { UserRole } from '../entities/enums';
import type { Context } from '../schema/context';
import { badInput } from '../schema/errors';
import { idOf } from '../schema/global-id';
import { issueToken, listTokens, revokeToken } from '../tokens/api-token.service';
import { announceRevocation } from '../live/token-revocations';
import { findUser } from '../users/user.service';
import { CreatedApiToken } from './types/created-api-token.payload';

const MAX_LISTED = 100;

/** An ADMIN's management of every user's API tokens: the `crm token` commands through the API. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(UserRole.ADMIN)
  @Query(() => [ApiToken], { description: "A user's API tokens, newest first, revoked and expired ones too" })
  async apiTokens(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID) userId: string,
    @Arg('first', () => Int, { defaultValue: 20, description: `At most ${MAX_LISTED}` }) first: number,
  ): Promise<ApiToken[]> {
    if (first < 1 || first > MAX_LISTED) throw badInput(`first must be from 1 to ${MAX_LISTED}, got ${first}`, 'first');
    const user = await findUser(ctx.dataSource.manager, userId);
    return listTokens(ctx.dataSource.manager, user.id, first);
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => CreatedApiToken, {
    description: 'A new API token for a user, to replace a lost or leaked one (revoke that with revokeApiToken)',
  })
  createApiToken(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID) userId: string,
    @Arg('name', () => String, { nullable: true, description: 'What it is for, at most 100 characters' })
    name?: string | null,
    @Arg('expiresIn', () => String, {
      nullable: true,
      description: 'Its lifetime: 90d, 12h or 30m (at most 3650d); without it, it never expires',
    })
    expiresIn?: string | null,
  ): Promise<CreatedApiToken> {
    return transaction(ctx.dataSource, async ({ manager }) => {
      const user = await findUser(manager, userId);
      return issueToken(manager, user.id, { name, expires: expiresIn, field: 'expiresIn' });
    });
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => ApiToken, {
    description:
      'Revokes an API token: requests with it are refused at once and its open subscriptions end within TOKEN_RECHECK_SECONDS. One revoked already keeps its revokedAt',
  })
  async revokeApiToken(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ApiToken> {
    const tokenId = idOf('ApiToken', id);
    const { apiToken } = await transaction(ctx.dataSource, ({ manager }) => revokeToken(manager, tokenId, id));
    await announceRevocation(ctx.dataSource);
    return apiToken;
  }
}
