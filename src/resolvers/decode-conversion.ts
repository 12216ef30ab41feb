import type { ConvertLeadData } from '../leads/conversion/convert-lead.service';
import { idOf } from '../schema/global-id';
import type { ConvertLeadInput } from './types/conversion.input';

/** An id a step needs with the choice EXISTING: the plan says whether it may be given, so any value given is decoded. */
const named = (type: string, value: string | null | undefined, field: string) =>
  value == null ? value : idOf(type, value, field);
/** An id that falls back to a default: an empty one names nothing. */
const optional = (type: string, value: string | null | undefined, field: string) =>
  value ? idOf(type, value, field) : null;

/** A conversion as the API takes it, its global ids decoded; BAD_USER_INPUT names a malformed one by its path. */
export function decodeConversion(input: ConvertLeadInput): ConvertLeadData {
  const { relation, contact, deal, activity } = input;
  return {
    ...input,
    leadId: idOf('Lead', input.leadId, 'leadId'),
    relation: relation && {
      ...relation,
      relationId: named('Relation', relation.relationId, 'relation.relationId'),
      numberSeriesId: optional('NumberSeries', relation.numberSeriesId, 'relation.numberSeriesId'),
    },
    contact: contact && { ...contact, contactId: named('Contact', contact.contactId, 'contact.contactId') },
    deal: deal && {
      ...deal,
      dealId: named('Deal', deal.dealId, 'deal.dealId'),
      pipelineId: optional('Pipeline', deal.pipelineId, 'deal.pipelineId'),
      managerId: optional('User', deal.managerId, 'deal.managerId'),
    },
    activity: activity && { ...activity, ownerId: optional('User', activity.ownerId, 'activity.ownerId') },
  };
}
