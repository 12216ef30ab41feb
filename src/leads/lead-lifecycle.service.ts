import type { UnitOfWork } from '../db/unit-of-work';
import { Lead, type User } from '../entities';
import { LeadStatus } from '../entities/enums';
import { checkFields, cleanInput } from '../fields/field-check';
import { InputRejected } from '../fields/field-errors';
import { findRecord } from '../records/find-record';
import { updateVersioned } from '../records/versioned-update';
import { badInput, conflict } from '../schema/errors';
import { findColleague } from '../users/user.service';
import type { LeadData } from './lead-data';
import { announceChangedLeads } from '../live/lead-events';
import { checkLeadCompleteness } from './lead-rules';

const CLOSED = new Set([LeadStatus.CONVERTED, LeadStatus.REJECTED, LeadStatus.MERGED]);

export function assertOpen(lead: Lead, globalId: string, action: string): void {
  if (CLOSED.has(lead.status))
    throw conflict(`Lead ${globalId} is ${lead.status} and can no longer be ${action}`, { status: lead.status });
}

export type LeadChanges = Omit<LeadData, 'tags' | 'source' | 'externalId' | 'ownerId' | 'divisionId'>;

/** Edits a lead "when one knows more than the form said"; a stale expectedVersion is CONFLICT. */
export async function updateLead(
  uow: UnitOfWork<User>,
  globalId: string,
  expectedVersion: number,
  changes: LeadChanges,
): Promise<Lead> {
  const { manager, actor } = uow;
  const lead = await findRecord(manager, actor, Lead, globalId);
  assertOpen(lead, globalId, 'edited');
  const clean = cleanInput(changes);
  const errors = [
    ...checkFields(manager, Lead, clean),
    ...checkLeadCompleteness({ ...lead, ...clean, kind: clean.kind ?? lead.kind }),
  ];
  if (errors.length > 0) throw new InputRejected(errors);
  return updateVersioned(uow, Lead, 'Lead', lead, expectedVersion, clean as Partial<Lead>, globalId);
}

/** Changes a lead's owner or status as read, so a concurrent change (a conversion, say) makes this CONFLICT instead of overwriting it; the subscriptions hear of it after commit. */
async function changeAsRead(uow: UnitOfWork, lead: Lead, globalId: string, changes: Partial<Lead>): Promise<Lead> {
  const changed = await updateVersioned(uow, Lead, 'Lead', lead, lead.version, changes, globalId);
  announceChangedLeads(uow, [changed.id]);
  return changed;
}

/** "I'll take it": the current user becomes the owner. */
export async function takeLead(uow: UnitOfWork<User>, globalId: string): Promise<Lead> {
  const { manager, actor } = uow;
  const lead = await findRecord(manager, actor, Lead, globalId, 'leadId');
  assertOpen(lead, globalId, 'taken');
  return changeAsRead(uow, lead, globalId, { ownerId: actor.id, status: LeadStatus.IN_PROGRESS });
}

/** Gives a lead to a colleague, who must be able to work the lead's division. */
export async function assignLead(uow: UnitOfWork<User>, globalId: string, userGlobalId: string): Promise<Lead> {
  const { manager, actor } = uow;
  const lead = await findRecord(manager, actor, Lead, globalId, 'leadId');
  assertOpen(lead, globalId, 'assigned');
  const user = await findColleague(manager, userGlobalId, lead.divisionId);
  return changeAsRead(uow, lead, globalId, { ownerId: user.id, status: LeadStatus.IN_PROGRESS });
}

/** Rejects a lead; once converted a lead can never be rejected. */
export async function rejectLead(uow: UnitOfWork<User>, globalId: string, reason: string): Promise<Lead> {
  const { manager, actor } = uow;
  const lead = await findRecord(manager, actor, Lead, globalId, 'leadId');
  assertOpen(lead, globalId, 'rejected');
  const cleanReason = reason.trim();
  if (!cleanReason) throw badInput('Say why the lead is rejected', 'reason');
  if (cleanReason.length > 500) throw badInput('The reason is longer than 500 characters', 'reason');
  return changeAsRead(uow, lead, globalId, { status: LeadStatus.REJECTED, rejectionReason: cleanReason });
}
