import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../db/unit-of-work';
import { Lead, type Activity, type Contact, type Deal, type Relation, type User } from '../../entities';
import { ActivityType, LeadStatus } from '../../entities/enums';
import { addActivity } from '../../activities/activity.service';
import { findRecord } from '../../records/find-record';
import { updateVersioned } from '../../records/versioned-update';
import { announceChangedLeads } from '../../live/lead-events';
import { assertOpen } from '../lead-lifecycle.service';
import { chooseContact } from './contact.step';
import { conversionNote } from './conversion-note';
import { planConversion, quickTarget, type ConversionPlan, type ConversionRequest } from './conversion-plan';
import type { ConversionSettings } from './conversion-settings';
import { chooseDeal } from './deal.step';
import { planFollowUp } from './follow-up.step';
import { conversionHome, moveLeadRecords } from './move-lead-records';
import { chooseRelation } from './relation.step';

export interface ConvertLeadData extends ConversionRequest {
  leadId: string;
  /** the version the user saw; without it, the version read now */
  expectedVersion?: number | null;
}

export interface ConversionResult {
  lead: Lead;
  relation: Relation;
  contact: Contact | null;
  deal: Deal | null;
  activity: Activity | null;
}

/** A lead the actor may work that can still be converted. */
export async function convertibleLead(manager: EntityManager, actor: User, globalId: string): Promise<Lead> {
  const lead = await findRecord(manager, actor, Lead, globalId, 'leadId');
  assertOpen(lead, globalId, 'converted');
  return lead;
}

/**
 * Accepts a lead, in the caller's transaction: relation, contact person and
 * deal as planned, the lead's activities, attachments and tags moved onto the
 * new record with a NOTE recording the conversion, the follow-up planned, and
 * the lead CONVERTED with links to what it became, and the subscriptions told
 * of its new status once the transaction commits. Any CONFLICT (a closed lead,
 * a stale version, an ambiguous match) rolls all of it back.
 */
async function convert(
  uow: UnitOfWork<User>,
  settings: ConversionSettings,
  lead: Lead,
  plan: ConversionPlan,
  expectedVersion: number,
): Promise<ConversionResult> {
  const { manager, actor } = uow;
  const now = new Date();
  const chosen = await chooseRelation(uow, lead, plan.relation, settings);
  const { relation } = chosen;
  const contact = await chooseContact(uow, lead, chosen, plan.contact);
  const deal = await chooseDeal(uow, lead, relation, contact, plan.deal);
  const home = conversionHome(relation, contact);
  await moveLeadRecords(manager, lead, home);
  await addActivity(manager, {
    type: ActivityType.NOTE,
    ...conversionNote(lead, { relation, contact, deal }),
    doneAt: now,
    owner: actor,
    parent: home.parent,
  });
  const activity = await planFollowUp(uow, lead, home.parent, plan.activity, now);
  const converted = await updateVersioned(
    uow,
    Lead,
    'Lead',
    lead,
    expectedVersion,
    {
      status: LeadStatus.CONVERTED,
      convertedRelationId: relation.id,
      convertedContactId: contact?.id ?? null,
      convertedDealId: deal?.id ?? null,
      convertedAt: now,
    },
    lead.globalId,
  );
  announceChangedLeads(uow, [converted.id]);
  return { lead: converted, relation, contact, deal, activity };
}

export async function convertLead(
  uow: UnitOfWork<User>,
  settings: ConversionSettings,
  input: ConvertLeadData,
): Promise<ConversionResult> {
  const { manager, actor } = uow;
  const plan = planConversion(input);
  const lead = await convertibleLead(manager, actor, input.leadId);
  return convert(uow, settings, lead, plan, input.expectedVersion ?? lead.version);
}

/** The one-click conversion (ChannelCRM): every step at its default. */
export async function quickConvertLead(
  uow: UnitOfWork<User>,
  settings: ConversionSettings,
  leadId: string,
): Promise<ConversionResult> {
  const { manager, actor } = uow;
  const lead = await convertibleLead(manager, actor, leadId);
  return convert(uow, settings, lead, planConversion({ target: quickTarget(lead, settings) }), lead.version);
}
