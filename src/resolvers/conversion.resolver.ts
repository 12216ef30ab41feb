import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { transaction } from '../db/transaction';
import { conversionPreview } from '../leads/conversion/conversion-preview.service';
import { convertLead, quickConvertLead } from '../leads/conversion/convert-lead.service';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { ConvertLeadInput } from './types/conversion.input';
import { ConversionPreview, ConversionResult } from './types/conversion.payload';

@Resolver()
export class ConversionResolver {
  @Authorized()
  @Query(() => ConversionPreview, {
    description:
      'What converting the lead would offer; ask again with relationId or contactId as the user chooses. CONFLICT for a closed lead',
  })
  conversionPreview(
    @Ctx() ctx: Context,
    @Arg('leadId', () => ID) leadId: string,
    @Arg('relationId', () => ID, { nullable: true, description: 'The relation chosen in step 1' }) relationId?: string,
    @Arg('contactId', () => ID, { nullable: true, description: 'The contact chosen in step 2' }) contactId?: string,
  ): Promise<ConversionPreview> {
    return conversionPreview(ctx.dataSource.manager, currentUser(ctx), ctx.config, leadId, { relationId, contactId });
  }

  @Authorized()
  @Mutation(() => ConversionResult, {
    description:
      'Accepts a lead into a relation, a contact person and a deal, with a follow-up, in one transaction. CONFLICT (nothing changed) for a closed lead, a stale expectedVersion or an AUTOMATIC choice among similar records',
  })
  convertLead(
    @Ctx() ctx: Context,
    @Arg('input', () => ConvertLeadInput) input: ConvertLeadInput,
  ): Promise<ConversionResult> {
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => convertLead(uow, ctx.config, input));
  }

  @Authorized()
  @Mutation(() => ConversionResult, {
    description:
      'The one-click conversion: every step at its default (a company and its contact person, or a client only, and a CALL due now)',
  })
  quickConvertLead(@Ctx() ctx: Context, @Arg('leadId', () => ID) leadId: string): Promise<ConversionResult> {
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => quickConvertLead(uow, ctx.config, leadId));
  }
}
