import type {
  ActivityType,
  ContactField,
  ConversionPreviewQuery,
  ConvertLeadInput,
  RelationOverridesInput,
} from '../../gql/graphql';

export type Preview = ConversionPreviewQuery['conversionPreview'];
export type Lead = Preview['lead'];

/** The relation fields a new relation takes from the lead, editable and filled by a register look-up. */
export const RELATION_FIELDS = [
  ['name', 'Name'],
  ['registrationNumber', 'Registration number'],
  ['country', 'Country (ISO code)'],
  ['email', 'E-mail'],
  ['phone', 'Phone'],
  ['website', 'Website'],
  ['street', 'Street'],
  ['postalCode', 'Postal code'],
  ['city', 'City'],
] as const;
export type RelationField = (typeof RELATION_FIELDS)[number][0];
export type RelationFields = Record<RelationField, string>;

export type RelationPlan =
  | { choice: 'EXISTING'; relationId: string; name: string }
  | { choice: 'CREATE'; numberSeriesId: string; fields: RelationFields };
export type ContactPlan =
  | { choice: 'EXISTING'; contactId: string; name: string; takeFromLead: ContactField[] }
  | { choice: 'CREATE' }
  | { choice: 'NONE' };
export type DealPlan =
  | { choice: 'NONE' }
  | { choice: 'CREATE'; title: string; pipelineId: string; stage: string; value: string; managerId: string }
  | { choice: 'EXISTING'; dealId: string };
export type ActivityPlan =
  { choice: 'NONE' } | { choice: 'CREATE'; type: ActivityType; subject: string; dueDate: string; ownerId: string };

/** The user's choices; a null step is one the user has still to choose (similar candidates, none automatic). */
export interface Plan {
  relation: RelationPlan | null;
  contact: ContactPlan | null;
  deal: DealPlan;
  activity: ActivityPlan;
}

export const personName = (lead: Pick<Lead, 'firstName' | 'lastName'>) =>
  [lead.firstName, lead.lastName].filter(Boolean).join(' ');

/** What the new relation would hold without changes: the lead's company, or the private person (as the server takes it). */
export function relationFieldsOf(lead: Lead): RelationFields {
  const business = lead.kind === 'BUSINESS';
  return {
    name: (business ? lead.companyName : personName(lead)) ?? '',
    registrationNumber: (business ? lead.registrationNumber : null) ?? '',
    country: lead.country ?? '',
    email: lead.email ?? '',
    phone: lead.phone ?? '',
    website: lead.website ?? '',
    street: lead.street ?? '',
    postalCode: lead.postalCode ?? '',
    city: lead.city ?? '',
  };
}

export const today = () => new Date().toISOString().slice(0, 10);

/** The one 100 % match; none when there are several (AUTOMATIC would refuse them as ambiguous). */
function onlyAutomatic<T extends { automatic: boolean }>(candidates: T[]): T | undefined {
  const automatic = candidates.filter((c) => c.automatic);
  return automatic.length === 1 ? automatic[0] : undefined;
}

/** Step 1's default: the 100 % match; a new relation when nothing resembles the lead; else the user chooses. */
export function defaultRelation(preview: Preview): RelationPlan | null {
  const automatic = onlyAutomatic(preview.relationCandidates);
  if (automatic?.relation) return { choice: 'EXISTING', relationId: automatic.relation.id, name: automatic.name };
  if (preview.relationCandidates.length > 0) return null;
  return newRelation(preview);
}

export function newRelation(preview: Preview): RelationPlan {
  return {
    choice: 'CREATE',
    numberSeriesId: preview.numberSeries[0]?.series.id ?? '',
    fields: relationFieldsOf(preview.lead),
  };
}

/** Step 2's default for the relation chosen: its 100 % match; a new person when the lead names one and nobody resembles them. */
export function defaultContact(preview: Preview, relation: RelationPlan | null): ContactPlan | null {
  const hasPerson = Boolean(preview.lead.firstName || preview.lead.lastName);
  const privateOwn = preview.lead.kind === 'PRIVATE' && relation?.choice === 'CREATE';
  if (!hasPerson || privateOwn) return { choice: 'NONE' };
  if (relation?.choice === 'CREATE') return { choice: 'CREATE' };
  const automatic = onlyAutomatic(preview.contactCandidates);
  if (automatic?.contact)
    return { choice: 'EXISTING', contactId: automatic.contact.id, name: automatic.name, takeFromLead: [] };
  return preview.contactCandidates.some((c) => c.contact) ? null : { choice: 'CREATE' };
}

/** ChannelCRM's follow-up: a call due now, the user's own. */
export const defaultFollowUp = (preview: Preview): ActivityPlan => ({
  choice: 'CREATE',
  type: 'CALL',
  subject: '',
  dueDate: today(),
  ownerId: preview.defaultManager.id,
});

export function defaultPlan(preview: Preview): Plan {
  const relation = defaultRelation(preview);
  return {
    relation,
    contact: defaultContact(preview, relation),
    deal: { choice: 'NONE' },
    activity: defaultFollowUp(preview),
  };
}

/** Only what the user changed: the server takes the rest from the lead. */
function overridesOf(lead: Lead, fields: RelationFields): RelationOverridesInput | null {
  const original = relationFieldsOf(lead);
  const changed = Object.fromEntries(
    Object.entries(fields)
      .map(([field, value]) => [field, value.trim()] as const)
      .filter(([field, value]) => value !== '' && value !== original[field as RelationField]),
  );
  return Object.keys(changed).length > 0 ? changed : null;
}

/** The mutation's input from the wizard's choices; the lead's version guards against a colleague's edit meanwhile. */
export function conversionInput(
  lead: Lead,
  plan: Plan & { relation: RelationPlan; contact: ContactPlan },
): ConvertLeadInput {
  const { relation, contact, deal, activity } = plan;
  return {
    leadId: lead.id,
    expectedVersion: lead.version,
    target: deal.choice !== 'NONE' ? 'DEAL' : contact.choice !== 'NONE' ? 'CONTACT' : 'CLIENT',
    relation:
      relation.choice === 'EXISTING'
        ? { choice: 'EXISTING', relationId: relation.relationId }
        : {
            choice: 'CREATE',
            numberSeriesId: relation.numberSeriesId || null,
            overrides: overridesOf(lead, relation.fields),
          },
    contact:
      contact.choice === 'EXISTING'
        ? { choice: 'EXISTING', contactId: contact.contactId, takeFromLead: contact.takeFromLead }
        : { choice: contact.choice },
    deal:
      deal.choice === 'CREATE'
        ? {
            choice: 'CREATE',
            title: deal.title.trim() || null,
            pipelineId: deal.pipelineId,
            stage: deal.stage,
            value: deal.value.trim() ? Number(deal.value) : null,
            managerId: deal.managerId,
          }
        : deal.choice === 'EXISTING'
          ? { choice: 'EXISTING', dealId: deal.dealId }
          : null,
    activity:
      activity.choice === 'CREATE'
        ? {
            choice: 'CREATE',
            type: activity.type,
            subject: activity.subject.trim() || null,
            // today's date is "due now", the server's default; another day starts at midnight UTC
            dueAt: activity.dueDate && activity.dueDate !== today() ? activity.dueDate : null,
            ownerId: activity.ownerId,
          }
        : { choice: 'NONE' },
  };
}
