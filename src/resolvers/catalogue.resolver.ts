import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { createNumberSeries, updateNumberSeries } from '../catalogue/number-series-admin.service';
import { createPipeline, updatePipeline } from '../catalogue/pipeline-admin.service';
import { transaction } from '../db/transaction';
import { Division, NumberSeries, Pipeline } from '../entities';
import { UserRole } from '../entities/enums';
import { loadRecord } from '../records/find-record';
import type { Context } from '../schema/context';
import {
  NumberSeriesInput,
  PipelineInput,
  UpdateNumberSeriesInput,
  UpdatePipelineInput,
} from './types/catalogue.input';

@Resolver(() => NumberSeries)
export class NumberSeriesResolver {
  @Authorized(UserRole.ADMIN)
  @Mutation(() => NumberSeries, { description: 'A customer-number series; CONFLICT when the name is taken' })
  createNumberSeries(@Ctx() ctx: Context, @Arg('input', () => NumberSeriesInput) input: NumberSeriesInput) {
    const { divisionId, ...data } = input;
    return transaction(ctx.dataSource, async ({ manager: m }) =>
      createNumberSeries(m, {
        ...data,
        division: divisionId ? await loadRecord(m, Division, divisionId, 'divisionId') : null,
      }),
    );
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => NumberSeries)
  updateNumberSeries(@Ctx() ctx: Context, @Arg('input', () => UpdateNumberSeriesInput) input: UpdateNumberSeriesInput) {
    const { id, ...changes } = input;
    return transaction(ctx.dataSource, ({ manager: m }) => updateNumberSeries(m, id, changes));
  }

  @FieldResolver(() => Division, {
    nullable: true,
    description: "The division whose own series it is; none: every division's",
  })
  division(@Root() series: NumberSeries, @Ctx() ctx: Context) {
    return series.divisionId ? ctx.loaders.division.load(series.divisionId) : null;
  }
}

@Resolver(() => Pipeline)
export class PipelineResolver {
  @Authorized(UserRole.ADMIN)
  @Mutation(() => Pipeline, { description: 'A sales pipeline with its stages; CONFLICT when the name is taken' })
  createPipeline(@Ctx() ctx: Context, @Arg('input', () => PipelineInput) input: PipelineInput) {
    return transaction(ctx.dataSource, ({ manager: m }) => createPipeline(m, input));
  }

  @Authorized(UserRole.ADMIN)
  @Mutation(() => Pipeline)
  updatePipeline(@Ctx() ctx: Context, @Arg('input', () => UpdatePipelineInput) input: UpdatePipelineInput) {
    const { id, ...changes } = input;
    return transaction(ctx.dataSource, ({ manager: m }) => updatePipeline(m, id, changes));
  }
}
