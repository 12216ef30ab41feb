import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { Deal, Pipeline, type Contact, type Lead, type Relation, type User } from '../../entities';
import { DealStatus } from '../../entities/enums';
import { defaultPipeline, openDeal } from '../../deals/deal.service';
import { findRecord, loadRecord } from '../../records/find-record';
import { badInput, conflict } from '../../schema/errors';
import { findColleague } from '../../users/user.service';
import { DealChoice } from './conversion-choices';
import type { DealStep } from './conversion-plan';
import { leadDisplayName } from './lead-record-data';

/** An open deal of the chosen relation the actor may work, which the lead joins instead of opening another (EASI'R). */
async function openDealOf(manager: EntityManager, actor: User, relation: Relation, globalId: string): Promise<Deal> {
  const deal = await findRecord(manager, actor, Deal, globalId, 'deal.dealId');
  if (deal.relationId !== relation.id)
    throw badInput(`Deal ${globalId} is not a deal of relation ${relation.globalId}`, 'deal.dealId');
  if (deal.status !== DealStatus.OPEN)
    throw conflict(`Deal ${globalId} is ${deal.status}; a lead joins only an open deal`, { status: deal.status });
  return deal;
}

/** Step 3, the case: a new deal on the relation (default pipeline, the user as manager, in the lead's division) or an open one. */
export async function chooseDeal(
  uow: UnitOfWork<User>,
  lead: Lead,
  relation: Relation,
  contact: Contact | null,
  step: DealStep | null,
): Promise<Deal | null> {
  const { manager, actor } = uow;
  if (!step) return null;
  if (step.choice === DealChoice.EXISTING) return openDealOf(manager, actor, relation, step.dealId!);
  const pipeline = step.pipelineId
    ? await loadRecord(manager, Pipeline, step.pipelineId, 'deal.pipelineId')
    : await defaultPipeline(manager);
  const dealManager = step.managerId
    ? await findColleague(manager, step.managerId, lead.divisionId, 'deal.managerId')
    : actor;
  return openDeal(manager, {
    title: step.title ?? leadDisplayName(lead),
    relation,
    contact,
    pipeline,
    stage: step.stage,
    value: step.value,
    manager: dealManager,
    divisionId: lead.divisionId,
  });
}
