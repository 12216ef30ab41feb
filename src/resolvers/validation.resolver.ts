import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { transaction } from '../db/transaction';
import { Finding } from '../entities';
import { UserRole } from '../entities/enums';
import { ignoreFinding } from '../quality/validation/ignore-finding.service';
import { narrowsByEntry, resolveReportFilter } from '../quality/validation/report-filter';
import { listRuleMetadata } from '../quality/validation/rule-registry';
import { applySuggestedFix, applySuggestedFixes } from '../quality/validation/suggested-fix.service';
import { findValidationRows } from '../quality/validation/validation-report-query';
import { summariseFindings } from '../quality/validation/validation-summary-query';
import { currentUser } from '../schema/auth';
import type { Context } from '../schema/context';
import { tableScanWhen } from '../schema/operation-cost';
import { ConnectionArgs } from './types/connection-args';
import { SuggestedFixesResult } from './types/suggested-fixes.payload';
import { ValidationFilter } from './types/validation-filter.input';
import { ValidationRule } from './types/validation-rule.type';
import { ValidationRow, ValidationRowConnection } from './types/validation-row.type';
import { ValidationSummary } from './types/validation-summary.type';

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
  ) {
    return findValidationRows(ctx.dataSource.manager, resolveReportFilter(filter), page);
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
    return summariseFindings(ctx.dataSource.manager, resolveReportFilter(filter));
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
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => applySuggestedFix(uow, findingId));
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
    return applySuggestedFixes(ctx.dataSource, currentUser(ctx), ruleCode, resolveReportFilter(filter));
  }

  @Authorized(UserRole.STEWARD)
  @Mutation(() => Finding, { description: 'Marks a finding a false alarm; it stays ignored until its value changes' })
  ignoreFinding(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID) findingId: string,
    @Arg('reason') reason: string,
  ): Promise<Finding> {
    return transaction(ctx.dataSource, currentUser(ctx), (uow) => ignoreFinding(uow, findingId, reason));
  }
}
