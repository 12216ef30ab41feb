import type { UnitOfWork } from '../../db/unit-of-work';
import { Contact, type Lead, type Relation, type User } from '../../entities';
import { RecordStatus } from '../../entities/enums';
import { createContact, updateContact } from '../../contacts/contact.service';
import { findRecord } from '../../records/find-record';
import { assertDivisionAccess } from '../../schema/access';
import { badInput } from '../../schema/errors';
import { ambiguousMatch } from './ambiguous-match.error';
import { automaticOutcome } from './automatic-match.rule';
import { contactCandidates, SIMILAR_SCORE } from './conversion-candidates';
import { ContactChoice } from './conversion-choices';
import type { ContactStep } from './conversion-plan';
import { changesFromLead } from './contact-differences';
import { contactDataFromLead, personName } from './lead-record-data';
import type { ChosenRelation } from './relation.step';

/** A person at the chosen relation the actor may work; the details chosen from the lead are written through the contact service. */
async function existingContact(
  uow: UnitOfWork<User>,
  lead: Lead,
  relation: Relation,
  step: ContactStep,
): Promise<Contact> {
  const { manager, actor } = uow;
  const globalId = step.contactId!;
  const contact = await findRecord(manager, actor, Contact, globalId, 'contact.contactId');
  if (contact.relationId !== relation.id || contact.status === RecordStatus.MERGED) {
    throw badInput(`Contact ${globalId} is not a person at relation ${relation.globalId}`, 'contact.contactId');
  }
  const takeFromLead = step.takeFromLead ?? [];
  return takeFromLead.length > 0
    ? updateContact(uow, globalId, contact.version, changesFromLead(lead, takeFromLead))
    : contact;
}

/** The lead's person, employed at the relation, in the lead's division. */
function newContact(uow: UnitOfWork<User>, lead: Lead, relation: Relation): Promise<Contact> {
  const { actor } = uow;
  return createContact(uow, {
    ...contactDataFromLead(lead),
    relationId: relation.id,
    ownerId: actor.id,
    divisionId: lead.divisionId,
  });
}

async function automaticContact(uow: UnitOfWork<User>, lead: Lead, chosen: ChosenRelation): Promise<Contact> {
  const { manager, actor } = uow;
  if (chosen.created) return newContact(uow, lead, chosen.relation);
  const outcome = automaticOutcome(await contactCandidates(manager, lead, chosen.relation), SIMILAR_SCORE);
  if (outcome.kind === 'EXISTING') {
    const contact = outcome.candidate.record;
    assertDivisionAccess(actor, contact.divisionId, `Contact ${contact.globalId}, the lead's 100% match,`);
    return contact;
  }
  if (outcome.kind === 'SIMILAR') throw ambiguousMatch('contact', outcome.candidates, (c) => personName(c) ?? '');
  return newContact(uow, lead, chosen.relation);
}

/** Step 2, choose the contact person: one at the relation (keeping or taking over details per field), a new one, the automatic choice, or none. */
export async function chooseContact(
  uow: UnitOfWork<User>,
  lead: Lead,
  chosen: ChosenRelation,
  step: ContactStep,
): Promise<Contact | null> {
  switch (step.choice) {
    case ContactChoice.NONE:
      return null;
    case ContactChoice.EXISTING:
      return existingContact(uow, lead, chosen.relation, step);
    case ContactChoice.CREATE:
      return newContact(uow, lead, chosen.relation);
    default:
      return automaticContact(uow, lead, chosen);
  }
}
