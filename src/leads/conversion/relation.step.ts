import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { Relation, type Lead, type User } from '../../entities';
import { RecordStatus } from '../../entities/enums';
import { findRecord } from '../../records/find-record';
import { mayWork } from '../../schema/access';
import { createRelation } from '../../relations/relation.service';
import { badInput, forbidden } from '../../schema/errors';
import { toGlobalId } from '../../schema/global-id';
import { ambiguousMatch } from './ambiguous-match.error';
import { automaticOutcome } from './automatic-match.rule';
import { relationCandidates, SIMILAR_SCORE } from './conversion-candidates';
import { RelationChoice } from './conversion-choices';
import type { RelationStep } from './conversion-plan';
import type { ConversionSettings } from './conversion-settings';
import { relationDataFromLead } from './lead-record-data';
import { allocateCustomerNumber, chooseNumberSeries } from './number-series.service';
import { privateCustomers, sharedPrivateNumber } from './private-customers';

export interface ChosenRelation {
  relation: Relation;
  /** made by this conversion, so it has no contact persons to choose from yet */
  created: boolean;
}

/** A live relation the actor may work: a SALES user converts into their own division's relations only. */
async function existingRelation(manager: EntityManager, actor: User, globalId: string): Promise<Relation> {
  const relation = await findRecord(manager, actor, Relation, globalId, 'relation.relationId');
  if (relation.status === RecordStatus.MERGED) {
    throw badInput(
      `Relation ${globalId} was merged into ${toGlobalId('Relation', relation.mergedIntoId!)}; convert into that one`,
      'relation.relationId',
    );
  }
  return relation;
}

/** A relation from the lead's data, numbered from the chosen series, in the lead's division. */
async function newRelation(uow: UnitOfWork<User>, lead: Lead, step: RelationStep): Promise<Relation> {
  const { manager, actor } = uow;
  const series = await chooseNumberSeries(manager, step.numberSeriesId, 'relation.numberSeriesId', lead.divisionId);
  const customerNumber = series ? await allocateCustomerNumber(manager, series) : null;
  return createRelation(uow, {
    ...relationDataFromLead(lead, step.overrides),
    customerNumber,
    numberSeriesId: series?.id ?? null,
    ownerId: actor.id,
    divisionId: lead.divisionId,
  });
}

/**
 * The relation AUTOMATIC found (the 100% match, or the shared private-customers relation) must be one the actor may
 * work: joining another division's customer is FORBIDDEN as naming it with EXISTING is.
 */
function inReach(actor: User, relation: Relation): Relation {
  if (mayWork(actor, relation.divisionId)) return relation;
  throw forbidden(
    `The lead matches relation '${relation.name}' of another division, which SALES users cannot convert into; ask a data steward to convert it, or CREATE a relation in your own division`,
  );
}

async function automaticRelation(
  uow: UnitOfWork<User>,
  lead: Lead,
  step: RelationStep,
  settings: ConversionSettings,
): Promise<ChosenRelation> {
  const { manager, actor } = uow;
  const shared = sharedPrivateNumber(lead, settings);
  if (shared)
    return {
      relation: inReach(actor, await privateCustomers(uow, shared, lead.divisionId)),
      created: false,
    };
  const outcome = automaticOutcome(await relationCandidates(manager, lead), SIMILAR_SCORE);
  if (outcome.kind === 'EXISTING') return { relation: inReach(actor, outcome.candidate.record), created: false };
  if (outcome.kind === 'SIMILAR') throw ambiguousMatch('relation', outcome.candidates, (r) => r.name);
  return { relation: await newRelation(uow, lead, step), created: true };
}

/** Step 1, choose the customer: the one named, a new one, or the automatic choice. */
export async function chooseRelation(
  uow: UnitOfWork<User>,
  lead: Lead,
  step: RelationStep,
  settings: ConversionSettings,
): Promise<ChosenRelation> {
  const { manager, actor } = uow;
  switch (step.choice) {
    case RelationChoice.EXISTING:
      return { relation: await existingRelation(manager, actor, step.relationId!), created: false };
    case RelationChoice.CREATE:
      return { relation: await newRelation(uow, lead, step), created: true };
    default:
      return automaticRelation(uow, lead, step, settings);
  }
}
