import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { transaction } from '../db/transaction';
import { Finding } from '../entities';
import { ENTITY_TYPES, RECORD_TYPES, type EntityType } from '../entities/record-types';
import { UserRole } from '../entities/enums';
import { ignoreFinding } from '../quality/validation/ignore-finding.service';
import { narrowsByEntry, resolveReportFilter } from '../quality/validation/report-filter';
import { listRuleMetadata } from '../quality/validation/rule-registry';
import { applySuggestedFix, applySuggestedFixes } from '../quality/validation/suggested-fix.service';
import { findValidationRows, type RecordColumns } from '../quality/validation/validation-report-query';
import { summariseFindings } from '../quality/validation/validation-summary-query';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { idOf } from '../schema/global-id';
import { tableScanWhen } from '../schema/operation-cost';
import { selectedColumns, selectedFields } from '../schema/selected-columns';
import { ConnectionArgs } from './types/connection-args';
import { SuggestedFixesResult } from './types/suggested-fixes.payload';
import { ValidationFilter } from './types/validation-filter.input';
import { ValidationRule } from './types/validation-rule.type';
import { ValidationRow, ValidationRowConnection } from './types/validation-row.type';
import { ValidationSummary } from './types/validation-summary.type';
import { decodeRefsOrThrow, OWNED_RECORD_REFS } from './decode-refs';
import { FIELD_RESOLVER_READS as LEAD_READS } from './lead.resolver';
import { columnNames, RECORD_FIELD_READS } from './page-selection';
import { FIELD_RESOLVER_READS as RELATION_READS } from './relation.resolver';

/** A validation filter with its ids decoded and its rule codes checked. */
const reportFilter = (filter: ValidationFilter | null | undefined) =>
  resolveReportFilter(filter && decodeRefsOrThrow(filter, OWNED_RECORD_REFS));

/** The columns the field resolvers of each record type read (see selectedColumns). */
const RECORD_READS: { [T in EntityType]: Readonly<Record<string, readonly string[]>> } = {
  LEAD: LEAD_READS,
  RELATION: RELATION_READS,
  CONTACT: RECORD_FIELD_READS,
};

/** The columns of each record type the query selects of the rows' records; none when it selects no record. */
function recordColumns(ctx: Context, info: GraphQLResolveInfo): RecordColumns | undefined {
  if (!selectedFields(info, ['edges', 'node']).has('record')) return undefined;
  return Object.fromEntries(
    ENTITY_TYPES.map((type) => {
      const { entity, typeName } = RECORD_TYPES[type];
      const columns = columnNames(ctx.dataSource, entity);
      return [type, selectedColumns(info, ['edges', 'node', 'record'], columns, RECORD_READS[type], ['id'], typeName)];
    }),
  );
}

/** The data stewards' validation report, its summary, and fixing or ignoring what it finds. */
@Resolver()
export class ValidationResolver {
  @Authorized(UserRole.STEWARD)
  @Query(() => ValidationRowConnection, {
    description: 'The validation report: records with open findings, newest first (by id; record types interleaved)',
  })
  validationErrors(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ValidationFilter, { nullable: true }) filter?: ValidationFilter,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return findValidationRows(ctx.dataSource.manager, reportFilter(filter), page, info && recordColumns(ctx, info));
  }

  @Authorized(UserRole.STEWARD)
  @Query(() => ValidationSummary, {
    description: "Findings counted per rule and severity, under the report's filter",
    // from the kept counts, unless a search or creation dates make it count the findings themselves
    complexity: tableScanWhen((args) => narrowsByEntry((args.filter as ValidationFilter | null) ?? {})),
  })
  validationSummary(
    @Ctx() ctx: Context,
    @Arg('filter', () => ValidationFilter, { nullable: true }) filter?: ValidationFilter,
  ) {
    return summariseFindings(ctx.dataSource.manager, reportFilter(filter));
  }

  @Authorized(UserRole.STEWARD)
  @Query(() => [ValidationRule], { description: 'Every data-quality rule, with its stable code' })
  validationRules() {
    return listRuleMetadata();
  }

  @Authorized(UserRole.STEWARD)
  @Mutation(() => ValidationRow, {
    description:
      "Writes the finding's suggested value through the record's own update; CONFLICT when the value changed since the finding was made",
  })
  applySuggestedFix(@Ctx() ctx: Context, @Arg('findingId', () => ID) findingId: string): Promise<ValidationRow> {
    const id = idOf('Finding', findingId, 'findingId');
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => applySuggestedFix(uow, id));
  }

  @Authorized(UserRole.STEWARD)
  @Mutation(() => SuggestedFixesResult, {
    description:
      'Applies the suggested values of every open finding of a rule under the filter, one transaction per batch',
  })
  applySuggestedFixes(
    @Ctx() ctx: Context,
    @Arg('ruleCode') ruleCode: string,
    @Arg('filter', () => ValidationFilter, { nullable: true }) filter?: ValidationFilter,
  ): Promise<SuggestedFixesResult> {
    return applySuggestedFixes(ctx.dataSource, currentUser(ctx), ruleCode, reportFilter(filter));
  }

  @Authorized(UserRole.STEWARD)
  @Mutation(() => Finding, { description: 'Marks a finding a false alarm; it stays ignored until its value changes' })
  ignoreFinding(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID) findingId: string,
    @Arg('reason') reason: string,
  ): Promise<Finding> {
    const id = idOf('Finding', findingId, 'findingId');
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => ignoreFinding(uow, id, reason));
  }
}
