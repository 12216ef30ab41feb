import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../db/unit-of-work';
import { Contact, Deal, Pipeline, Relation, type User } from '../entities';
import { DealStatus } from '../entities/enums';
import { checkFields, cleanInput } from '../fields/field-check';
import { fieldError, InputRejected, type FieldError } from '../fields/field-errors';
import { findRecord } from '../records/find-record';
import { updateVersioned } from '../records/versioned-update';
import { badInput, notFound } from '../schema/errors';
import { findColleague } from '../users/user.service';

export interface DealData {
  title: string;
  relationId: string;
  contactId?: string | null;
  pipelineId?: string | null;
  stage?: string | null;
  managerId?: string | null;
  value?: number | null;
}

export interface DealChanges {
  title?: string | null;
  stage?: string | null;
  status?: DealStatus | null;
  managerId?: string | null;
  value?: number | null;
}

/** The pipeline a new deal goes into when none is named: the default one, else the oldest. */
export async function defaultPipeline(manager: EntityManager): Promise<Pipeline> {
  const pipeline = await manager.findOne(Pipeline, { where: {}, order: { isDefault: 'DESC', id: 'ASC' } });
  if (!pipeline)
    throw badInput('There is no pipeline; create one with createPipeline or `crm pipeline create`', 'pipelineId');
  return pipeline;
}

function checkStage(pipeline: Pipeline, stage: string | null | undefined): FieldError[] {
  if (stage == null || pipeline.stages.includes(stage)) return [];
  return [
    fieldError(
      'stage',
      'UNKNOWN_STAGE',
      `Pipeline '${pipeline.name}' has the stages ${pipeline.stages.join(', ')}; '${stage}' is none of them`,
    ),
  ];
}

/** Below a trillion, in cents: what the column holds. */
const MAX_VALUE = 999_999_999_999.99;

function checkValue(value: number | null | undefined): FieldError[] {
  if (value == null || (value >= 0 && value <= MAX_VALUE && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6))
    return [];
  return [
    fieldError('value', 'OUT_OF_RANGE', `A deal's value is 0 to ${MAX_VALUE} with at most 2 decimals; ${value} is not`),
  ];
}

/** A new deal from parts the caller has found (and may see). */
export interface NewDeal {
  title: string | null | undefined;
  relation: Relation;
  contact: Contact | null;
  pipeline: Pipeline;
  stage?: string | null;
  value?: number | null;
  manager: User;
  divisionId: number | null;
}

/** A deal always belongs to a relation: the API never opens one on a lead. */
export async function openDeal(manager: EntityManager, deal: NewDeal): Promise<Deal> {
  if (!deal.title) throw badInput('A deal needs a title', 'title');
  if (deal.contact && deal.contact.relationId !== deal.relation.id)
    throw badInput('The contact person does not belong to this relation', 'contactId');
  const errors = [
    ...checkFields(manager, Deal, { title: deal.title, stage: deal.stage }),
    ...checkStage(deal.pipeline, deal.stage),
    ...checkValue(deal.value),
  ];
  if (errors.length > 0) throw new InputRejected(errors);
  return manager.save(
    manager.create(Deal, {
      title: deal.title,
      relationId: deal.relation.id,
      contactId: deal.contact?.id ?? null,
      pipelineId: deal.pipeline.id,
      stage: deal.stage ?? deal.pipeline.stages[0],
      value: deal.value ?? null,
      status: DealStatus.OPEN,
      managerId: deal.manager.id,
      divisionId: deal.divisionId,
    }),
  );
}

export async function createDeal(uow: UnitOfWork<User>, input: DealData): Promise<Deal> {
  const { manager, actor } = uow;
  const data = cleanInput(input);
  const relation = await findRecord(manager, actor, Relation, data.relationId, 'relationId');
  const contact = data.contactId ? await findRecord(manager, actor, Contact, data.contactId, 'contactId') : null;
  const pipeline = data.pipelineId
    ? await findRecord(manager, actor, Pipeline, data.pipelineId, 'pipelineId')
    : await defaultPipeline(manager);
  const dealManager = data.managerId
    ? await findColleague(manager, data.managerId, relation.divisionId, 'managerId')
    : actor;
  return openDeal(manager, {
    title: data.title,
    relation,
    contact,
    pipeline,
    stage: data.stage,
    value: data.value,
    manager: dealManager,
    divisionId: relation.divisionId,
  });
}

export async function updateDeal(
  uow: UnitOfWork<User>,
  globalId: string,
  expectedVersion: number,
  changes: DealChanges,
): Promise<Deal> {
  const { manager, actor } = uow;
  const deal = await findRecord(manager, actor, Deal, globalId);
  const data = cleanInput(changes);
  const pipeline = await manager.findOneBy(Pipeline, { id: deal.pipelineId });
  if (!pipeline) throw notFound('Pipeline', String(deal.pipelineId));
  if (data.title === null) throw badInput('A deal needs a title', 'title');
  const errors = [
    ...checkFields(manager, Deal, { title: data.title, stage: data.stage }),
    ...checkStage(pipeline, data.stage),
    ...checkValue(data.value),
  ];
  if (errors.length > 0) throw new InputRejected(errors);
  const { managerId, ...rest } = data;
  const update: Partial<Deal> = { ...(rest as Partial<Deal>) };
  if (managerId !== undefined)
    update.managerId =
      managerId === null ? null : (await findColleague(manager, managerId, deal.divisionId, 'managerId')).id;
  return updateVersioned(uow, Deal, 'Deal', deal, expectedVersion, update, globalId);
}
