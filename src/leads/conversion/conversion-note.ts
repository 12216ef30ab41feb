import type { Contact, Deal, Lead, Relation } from '../../entities';
import { leadDisplayName, personName } from './lead-record-data';

interface ConvertedInto {
  relation: Relation;
  contact: Contact | null;
  deal: Deal | null;
}

/** The NOTE that records a conversion in the history of the record the lead became, beside the activities it brought along. */
export function conversionNote(lead: Lead, into: ConvertedInto): { subject: string; body: string } {
  const parts = [`relation ${into.relation.name}`];
  if (into.contact) parts.push(`contact ${personName(into.contact) ?? into.contact.globalId}`);
  if (into.deal) parts.push(`deal ${into.deal.title}`);
  const lines = [
    `Lead ${lead.globalId} (${lead.source}, received ${lead.createdAt.toISOString().slice(0, 10)}) converted into ${parts.join(', ')}.`,
    lead.message ? `Message: ${lead.message}` : null,
  ];
  return { subject: `Converted from lead ${leadDisplayName(lead)}`, body: lines.filter(Boolean).join('\n') };
}
