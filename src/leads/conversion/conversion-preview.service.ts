import type { EntityManager } from 'typeorm';
import { Contact, Deal, Pipeline, Relation, type Lead, type User } from '../../entities';
import { DealStatus } from '../../entities/enums';
import { loadRecord } from '../../records/find-record';
import type { Candidate } from './automatic-match.rule';
import { contactCandidates, relationCandidates } from './conversion-candidates';
import type { ConversionSettings } from './conversion-settings';
import { contactDifferences, type FieldDifference } from './contact-differences';
import { convertibleLead } from './convert-lead.service';
import { numberSeriesChoices, type NumberSeriesChoice } from './number-series.service';
import { findPrivateCustomers, sharedPrivateNumber } from './private-customers';

export interface ContactCandidate extends Candidate<Contact> {
  differences: FieldDifference[];
}

export interface ConversionPreview {
  lead: Lead;
  relationCandidates: Candidate<Relation>[];
  /** the relation the contact step shows: the one asked about, else the automatic choice */
  relation: Relation | null;
  contactCandidates: ContactCandidate[];
  /** the contact whose open deals are shown: the one asked about, else the automatic choice */
  contact: Contact | null;
  openDeals: Deal[];
  pipelines: Pipeline[];
  defaultManager: User;
  numberSeries: NumberSeriesChoice[];
}

/** The reason a private person's candidate is the shared private-customers relation. */
const PRIVATE_CUSTOMERS_REASON = 'PRIVATE_CUSTOMERS';

async function previewRelationCandidates(
  manager: EntityManager,
  lead: Lead,
  settings: ConversionSettings,
): Promise<Candidate<Relation>[]> {
  const shared = sharedPrivateNumber(lead, settings);
  if (!shared) return relationCandidates(manager, lead);
  const relation = await findPrivateCustomers(manager, shared);
  // not there yet: the first conversion of a private person creates it
  return relation ? [{ record: relation, score: 1, reasons: [PRIVATE_CUSTOMERS_REASON], automatic: true }] : [];
}

function openDealsOf(manager: EntityManager, relation: Relation | null, contact: Contact | null): Promise<Deal[]> {
  if (!relation && !contact) return Promise.resolve([]);
  const owner = contact ? { contactId: contact.id } : { relationId: relation!.id };
  return manager.find(Deal, { where: { ...owner, status: DealStatus.OPEN }, order: { id: 'DESC' } });
}

/**
 * What converting the lead would offer, step by step, without writing anything:
 * candidate customers, the people at the chosen one with the details where they
 * differ from the lead, the open deals of the chosen person, the pipelines, the
 * default case manager, and the number series.
 */
export async function conversionPreview(
  manager: EntityManager,
  actor: User,
  settings: ConversionSettings,
  leadId: string,
  chosen: { relationId?: string | null; contactId?: string | null },
): Promise<ConversionPreview> {
  const lead = await convertibleLead(manager, actor, leadId);
  const relations = await previewRelationCandidates(manager, lead, settings);
  const relation = chosen.relationId
    ? await loadRecord(manager, Relation, chosen.relationId, 'relationId')
    : (relations.find((c) => c.automatic)?.record ?? null);
  const contacts = relation ? await contactCandidates(manager, lead, relation) : [];
  const contact = chosen.contactId
    ? await loadRecord(manager, Contact, chosen.contactId, 'contactId')
    : (contacts.find((c) => c.automatic)?.record ?? null);
  return {
    lead,
    relationCandidates: relations,
    relation,
    contactCandidates: contacts.map((c) => ({ ...c, differences: contactDifferences(lead, c.record) })),
    contact,
    openDeals: await openDealsOf(manager, relation, contact),
    pipelines: await manager.find(Pipeline, { order: { isDefault: 'DESC', name: 'ASC' } }),
    defaultManager: actor,
    numberSeries: await numberSeriesChoices(manager, lead.divisionId),
  };
}
