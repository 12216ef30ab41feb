import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Finding } from '../entities';
import { Node } from '../entities/node';
import type { Context } from '../schema/context';
import { INCLUDE_IGNORED, recordFindings } from './record-findings';
import { ValidationRow } from './types/validation-row.type';

const LOADER = { LEAD: 'lead', RELATION: 'relation', CONTACT: 'contact' } as const;

@Resolver(() => ValidationRow)
export class ValidationRowResolver {
  @FieldResolver(() => Node, { description: 'The lead, relation or contact' })
  record(@Root() row: ValidationRow, @Ctx() ctx: Context) {
    return ctx.loaders[LOADER[row.entityType]].load(row.recordId);
  }

  @FieldResolver(() => [Finding], { description: 'Its open findings: the report\'s "error" column' })
  findings(
    @Root() row: ValidationRow,
    @Ctx() ctx: Context,
    @Arg('includeIgnored', INCLUDE_IGNORED) includeIgnored: boolean,
  ) {
    return recordFindings(ctx, row.entityType, row.recordId, includeIgnored);
  }
}
