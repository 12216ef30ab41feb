import type { Contact, Lead } from '../../entities';
import { normalisePhone } from '../../quality/normalise/phone-normaliser';
import { ContactField } from './conversion-choices';

/** A detail where the lead says something other than the contact person on file (EASI'R: the user picks per detail). */
export interface FieldDifference {
  field: ContactField;
  contactValue: string | null;
  leadValue: string;
}

const CONTACT_FIELDS = Object.values(ContactField);

/** Spelling that does not make a detail different: e-mail case, phone formatting. */
function comparable(field: ContactField, value: string, country: string | null): string {
  if (field === ContactField.EMAIL) return value.trim().toLowerCase();
  if (field === ContactField.PHONE) return normalisePhone(value, country) ?? value.replace(/\D/g, '');
  return value.trim();
}

/** Each field the lead has a value for that the contact lacks or holds differently. */
export function contactDifferences(lead: Lead, contact: Contact): FieldDifference[] {
  return CONTACT_FIELDS.flatMap((field) => {
    const leadValue = lead[field];
    const contactValue = contact[field];
    if (leadValue == null) return [];
    if (
      contactValue != null &&
      comparable(field, contactValue, lead.country) === comparable(field, leadValue, lead.country)
    )
      return [];
    return [{ field, contactValue, leadValue }];
  });
}

/** The changes that take the lead's value for each chosen field; the contact keeps every other. */
export function changesFromLead(lead: Lead, fields: readonly ContactField[]): Partial<Pick<Contact, ContactField>> {
  return Object.fromEntries(fields.map((field) => [field, lead[field]]));
}
