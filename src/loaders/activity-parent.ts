import type { Activity, Contact, Deal, Lead, Relation } from '../entities';
import type { Loaders } from '.';

/** The lead, relation, contact or deal an activity or attachment is attached to, through this request's DataLoaders. */
export function loadActivityParent(
  activity: Pick<Activity, 'leadId' | 'relationId' | 'contactId' | 'dealId'>,
  loaders: Loaders,
): Promise<Lead | Relation | Contact | Deal | null> | null {
  if (activity.leadId) return loaders.lead.load(activity.leadId);
  if (activity.relationId) return loaders.relation.load(activity.relationId);
  if (activity.contactId) return loaders.contact.load(activity.contactId);
  if (activity.dealId) return loaders.deal.load(activity.dealId);
  return null;
}
