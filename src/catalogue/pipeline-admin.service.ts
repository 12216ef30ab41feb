import type { EntityManager } from 'typeorm';
import { In, Not } from 'typeorm';
import { Deal, Pipeline } from '../entities';
import { fieldError, type FieldError } from '../fields/field-errors';
import { loadRecord } from '../records/find-record';
import { assertNameFree, assertValid, nameErrors, saveNamed } from './catalogue-rules';

/** A pipeline has at least one stage and at most this many. */
export const MAX_STAGES = 30;
const STAGE_LENGTH = 100;

export interface PipelineData {
  name: string;
  stages: string[];
  isDefault?: boolean | null;
}

export interface PipelineChanges {
  name?: string | null;
  stages?: string[] | null;
  isDefault?: boolean | null;
}

/** The stages trimmed, in order; "a, b" and ["a", "b"] alike. */
export function parseStages(text: string): string[] {
  return text.split(',').map((stage) => stage.trim());
}

function stageErrors(stages: string[]): FieldError[] {
  if (stages.length === 0 || stages.length > MAX_STAGES)
    return [fieldError('stages', 'COUNT', `A pipeline has 1 to ${MAX_STAGES} stages, got ${stages.length}`)];
  const errors: FieldError[] = [];
  if (stages.some((stage) => stage === '' || stage.length > STAGE_LENGTH))
    errors.push(fieldError('stages', 'STAGE_NAME', `Each stage has a name of 1 to ${STAGE_LENGTH} characters`));
  const seen = new Set<string>();
  const twice = stages.filter((stage) => seen.size === seen.add(stage.toLowerCase()).size);
  if (twice.length > 0) errors.push(fieldError('stages', 'DUPLICATE', `A stage is named twice: ${twice.join(', ')}`));
  return errors;
}

/** Deals sit in a stage by its name: a stage that open or closed deals are in cannot go. */
async function removedStageErrors(manager: EntityManager, pipeline: Pipeline, stages: string[]): Promise<FieldError[]> {
  const removed = pipeline.stages.filter((stage) => !stages.includes(stage));
  if (removed.length === 0) return [];
  const inUse = await manager
    .createQueryBuilder(Deal, 'd')
    .select('d.stage', 'stage')
    .addSelect('COUNT(*)', 'deals')
    .where({ pipelineId: pipeline.id, stage: In(removed) })
    .groupBy('d.stage')
    .getRawMany<{ stage: string; deals: number | string }>();
  return inUse.map(({ stage, deals }) =>
    fieldError('stages', 'STAGE_IN_USE', `${deals} deal(s) are in the stage '${stage}'; move them before removing it`),
  );
}

/** The default pipeline is the one deals go into when none is named; there is one at most. */
async function makeSoleDefault(manager: EntityManager, pipeline: Pipeline): Promise<void> {
  await manager.update(Pipeline, { isDefault: true, id: Not(pipeline.id) }, { isDefault: false });
}

export async function createPipeline(manager: EntityManager, input: PipelineData): Promise<Pipeline> {
  const name = input.name.trim();
  const stages = input.stages.map((stage) => stage.trim());
  assertValid(manager, Pipeline, { name }, [...nameErrors(name), ...stageErrors(stages)]);
  await assertNameFree(manager, Pipeline, name);
  const pipeline = await saveNamed(
    manager,
    Pipeline,
    manager.create(Pipeline, { name, stages, isDefault: input.isDefault ?? false }),
  );
  if (pipeline.isDefault) await makeSoleDefault(manager, pipeline);
  return pipeline;
}

/** Renames, restages or makes default; a field left out stays. */
export async function updatePipeline(
  manager: EntityManager,
  globalId: string,
  changes: PipelineChanges,
): Promise<Pipeline> {
  const pipeline = await loadRecord(manager, Pipeline, globalId);
  const name = changes.name == null ? pipeline.name : changes.name.trim();
  const stages = changes.stages == null ? pipeline.stages : changes.stages.map((stage) => stage.trim());
  const errors = [...nameErrors(name), ...stageErrors(stages)];
  assertValid(
    manager,
    Pipeline,
    { name },
    errors.length ? errors : await removedStageErrors(manager, pipeline, stages),
  );
  await assertNameFree(manager, Pipeline, name, pipeline.id);
  Object.assign(pipeline, { name, stages, isDefault: changes.isDefault ?? pipeline.isDefault });
  const saved = await saveNamed(manager, Pipeline, pipeline);
  if (saved.isDefault) await makeSoleDefault(manager, saved);
  return saved;
}
