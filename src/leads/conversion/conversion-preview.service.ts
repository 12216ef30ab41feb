import type { EntityManager } from 'typeorm';
import { Contact, Deal, Pipeline, Relation, type Lead, type User } from '../../entities';
import { DealStatus } from '../../entities/enums';
import { findRecord } from '../../records/find-record';
import { mayWork } from '../../schema/access';
import type { Candidate } from './automatic-match.rule';
import { contactCandidates, relationCandidates } from './conversion-candidates';
import type { ConversionSettings } from './conversion-settings';
import { contactDifferences, type FieldDifference } from './contact-differences';
import { convertibleLead } from './convert-lead.service';
import { personName } from './lead-record-data';
import { numberSeriesChoices, type NumberSeriesChoice } from './number-series.service';
import { findPrivateCustomers, sharedPrivateNumber } from './private-customers';

/**
 * A candidate as the actor may see it: its name, division, score and reasons always, so that nobody creates a
 * customer another division knows a second time; the record itself (and all it leads to) only when the actor may
 * work its division.
 */
export interface PreviewCandidate<T> extends Omit<Candidate<T>, 'record'> {
  record: T | null;
  name: string;
  divisionId: number | null;
}

export interface ContactCandidate extends PreviewCandidate<Contact> {
  /** none for a person the actor may not see */
  differences: FieldDifference[];
}

export interface ConversionPreview {
  lead: Lead;
  relationCandidates: PreviewCandidate<Relation>[];
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

function shown<T extends { divisionId: number | null }>(
  actor: User,
  candidate: Candidate<T>,
  name: string,
): PreviewCandidate<T> {
  const { record } = candidate;
  return {
    ...candidate,
    record: mayWork(actor, record.divisionId) ? record : null,
    name,
    divisionId: record.divisionId,
  };
}

/** The automatic choice, when the actor may work it. */
const automaticChoice = <T>(candidates: PreviewCandidate<T>[]): T | null =>
  candidates.find((c) => c.automatic)?.record ?? null;

async function openDealsOf(
  manager: EntityManager,
  actor: User,
  relation: Relation | null,
  contact: Contact | null,
): Promise<Deal[]> {
  if (!relation && !contact) return [];
  const owner = contact ? { contactId: contact.id } : { relationId: relation!.id };
  const deals = await manager.find(Deal, { where: { ...owner, status: DealStatus.OPEN }, order: { id: 'DESC' } });
  return deals.filter((deal) => mayWork(actor, deal.divisionId));
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
  leadId: number,
  chosen: { relationId?: number | null; contactId?: number | null },
): Promise<ConversionPreview> {
  const lead = await convertibleLead(manager, actor, leadId);
  const relations = (await previewRelationCandidates(manager, lead, settings)).map((c) =>
    shown(actor, c, c.record.name),
  );
  const relation = chosen.relationId
    ? await findRecord(manager, actor, Relation, chosen.relationId)
    : automaticChoice(relations);
  const contacts = (relation ? await contactCandidates(manager, lead, relation) : []).map((c) => ({
    ...shown(actor, c, personName(c.record) ?? ''),
    differences: mayWork(actor, c.record.divisionId) ? contactDifferences(lead, c.record) : [],
  }));
  const contact = chosen.contactId
    ? await findRecord(manager, actor, Contact, chosen.contactId)
    : automaticChoice(contacts);
  return {
    lead,
    relationCandidates: relations,
    relation,
    contactCandidates: contacts,
    contact,
    openDeals: await openDealsOf(manager, actor, relation, contact),
    pipelines: await manager.find(Pipeline, { order: { isDefault: 'DESC', name: 'ASC' } }),
    defaultManager: actor,
    numberSeries: await numberSeriesChoices(manager, actor, lead.divisionId),
  };
}
