import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Finding } from '../entities';
import { Node } from '../entities/node';
import type { Context } from '../schema/context';
import { INCLUDE_IGNORED, recordFindings } from './record-findings';
import { RECORD_LOADERS } from './record-loaders';
import { ValidationRow } from './types/validation-row.type';

@Resolver(() => ValidationRow)
export class ValidationRowResolver {
  @FieldResolver(() => Node, { description: 'The lead, relation or contact' })
  record(@Root() row: ValidationRow, @Ctx() ctx: Context) {
    // read with the page, in part: never primed into the loader, which other fields read whole records from
    return row.record ?? ctx.loaders[RECORD_LOADERS[row.entityType].record].load(row.recordId);
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
