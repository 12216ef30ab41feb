import type { Lead } from '../../entities';
import { type ActivityType, LeadKind } from '../../entities/enums';
import { fieldError, InputRejected, type FieldError } from '../../fields/field-errors';
import {
  ActivityChoice,
  ContactChoice,
  type ContactField,
  ConversionTarget,
  DealChoice,
  RelationChoice,
} from './conversion-choices';
import type { ConversionSettings } from './conversion-settings';
import { personName, type RelationOverrides } from './lead-record-data';

export interface RelationStep {
  choice: RelationChoice;
  relationId?: string | null;
  /** the series the new relation's customer number comes from; the default series otherwise */
  numberSeriesId?: string | null;
  overrides?: RelationOverrides | null;
}

export interface ContactStep {
  choice: ContactChoice;
  contactId?: string | null;
  /** for an existing contact: the fields that take the lead's value; every other keeps the contact's */
  takeFromLead?: ContactField[] | null;
}

export interface DealStep {
  choice: DealChoice;
  dealId?: string | null;
  title?: string | null;
  pipelineId?: string | null;
  stage?: string | null;
  managerId?: string | null;
  value?: number | null;
}

export interface ActivityStep {
  choice: ActivityChoice;
  type?: ActivityType | null;
  subject?: string | null;
  dueAt?: Date | null;
  ownerId?: string | null;
}

/** What the user asked for; a step left out takes its default for the target. */
export interface ConversionRequest {
  target: ConversionTarget;
  relation?: RelationStep | null;
  contact?: ContactStep | null;
  deal?: DealStep | null;
  activity?: ActivityStep | null;
}

export interface ConversionPlan {
  target: ConversionTarget;
  relation: RelationStep;
  contact: ContactStep;
  deal: DealStep | null;
  activity: ActivityStep;
}

/** A field that must be given exactly when a choice needs it. */
function given(errors: FieldError[], field: string, value: unknown, needed: boolean, when: string): void {
  const present = value != null && !(Array.isArray(value) && value.length === 0);
  if (needed && !present) errors.push(fieldError(field, 'REQUIRED', `${field} is needed ${when}`));
  if (!needed && present) errors.push(fieldError(field, 'NOT_ALLOWED', `${field} is given only ${when}`));
}

/**
 * Fills in each step's default for the target and refuses contradictions, all
 * at once: a CLIENT gets no contact person, a CONTACT needs one, only a DEAL
 * has a deal, and ids go with EXISTING only.
 */
export function planConversion(request: ConversionRequest): ConversionPlan {
  const { target } = request;
  const errors: FieldError[] = [];
  const relation = request.relation ?? { choice: RelationChoice.AUTOMATIC };
  const contact = request.contact ?? {
    choice: target === ConversionTarget.CLIENT ? ContactChoice.NONE : ContactChoice.AUTOMATIC,
  };
  const deal = target === ConversionTarget.DEAL ? (request.deal ?? { choice: DealChoice.CREATE }) : null;
  const activity = request.activity ?? { choice: ActivityChoice.CREATE };

  const existingRelation = relation.choice === RelationChoice.EXISTING;
  given(errors, 'relation.relationId', relation.relationId, existingRelation, 'with the choice EXISTING');
  if (existingRelation) {
    given(errors, 'relation.numberSeriesId', relation.numberSeriesId, false, 'when a relation may be created');
    given(errors, 'relation.overrides', relation.overrides, false, 'when a relation may be created');
  }

  if (target === ConversionTarget.CLIENT && contact.choice !== ContactChoice.NONE) {
    errors.push(
      fieldError(
        'contact.choice',
        'NOT_ALLOWED',
        'A CLIENT conversion makes a relation only; convert to CONTACT or DEAL for a contact person',
      ),
    );
  }
  if (target === ConversionTarget.CONTACT && contact.choice === ContactChoice.NONE) {
    errors.push(
      fieldError(
        'contact.choice',
        'NOT_ALLOWED',
        'A CONTACT conversion needs a contact person; convert to CLIENT for a relation only',
      ),
    );
  }
  const existingContact = contact.choice === ContactChoice.EXISTING;
  given(errors, 'contact.contactId', contact.contactId, existingContact, 'with the choice EXISTING');
  if (!existingContact) given(errors, 'contact.takeFromLead', contact.takeFromLead, false, 'for an EXISTING contact');

  if (request.deal && !deal)
    errors.push(fieldError('deal', 'NOT_ALLOWED', 'Only a DEAL conversion opens or joins a deal'));
  if (deal) {
    const existingDeal = deal.choice === DealChoice.EXISTING;
    given(errors, 'deal.dealId', deal.dealId, existingDeal, 'with the choice EXISTING');
    if (existingDeal) {
      for (const field of ['title', 'pipelineId', 'stage', 'managerId', 'value'] as const)
        given(errors, `deal.${field}`, deal[field], false, 'when a deal is created');
    }
  }

  if (activity.choice === ActivityChoice.NONE) {
    for (const field of ['type', 'subject', 'dueAt', 'ownerId'] as const)
      given(errors, `activity.${field}`, activity[field], false, 'when an activity is created');
  }

  if (errors.length > 0) throw new InputRejected(errors);
  return { target, relation, contact: { ...contact, takeFromLead: contact.takeFromLead ?? [] }, deal, activity };
}

/**
 * The one-click conversion's target (ChannelCRM): a company and its contact
 * person, or a client only when there is no person to speak of. A private
 * person is a client of their own, unless private customers share one account.
 */
export function quickTarget(lead: Lead, settings: ConversionSettings): ConversionTarget {
  if (lead.kind === LeadKind.PRIVATE && !settings.privateCustomersNumber) return ConversionTarget.CLIENT;
  return personName(lead) ? ConversionTarget.CONTACT : ConversionTarget.CLIENT;
}
