import type { Lead } from '../../entities';
import { LeadKind, RelationKind } from '../../entities/enums';
import type { ContactData } from '../../contacts/contact-data';
import { cleanInput } from '../../fields/field-check';
import type { RelationData } from '../../relations/relation-data';
import type { LeadData } from '../lead-data';

/** What a user may change of the relation a conversion creates, e.g. from a company register look-up. */
export type RelationOverrides = Pick<
  RelationData,
  'kind' | 'name' | 'registrationNumber' | 'country' | 'email' | 'phone' | 'website' | 'street' | 'postalCode' | 'city'
>;

/** "First Last" of a lead or a contact person; null when it has neither. */
export function personName(person: Pick<LeadData, 'firstName' | 'lastName'>): string | null {
  return [person.firstName, person.lastName].filter(Boolean).join(' ') || null;
}

/** What a lead is called: its company, else the person (a lead always has one of them). */
export function leadDisplayName(lead: Pick<Lead, 'firstName' | 'lastName' | 'companyName'>): string {
  return lead.companyName || personName(lead) || '';
}

/** The relation a lead (stored, or as it comes in) becomes: its company, or the private person as a PRIVATE relation (RAYNET). Overrides win. */
export function relationDataFromLead(lead: LeadData, overrides: RelationOverrides | null | undefined): RelationData {
  const business = lead.kind === LeadKind.BUSINESS;
  return {
    kind: business ? RelationKind.COMPANY : RelationKind.PRIVATE,
    name: business ? lead.companyName : personName(lead),
    registrationNumber: business ? lead.registrationNumber : null,
    country: lead.country,
    email: lead.email,
    phone: lead.phone,
    website: lead.website,
    street: lead.street,
    postalCode: lead.postalCode,
    city: lead.city,
    ...cleanInput(overrides ?? {}),
  };
}

/** The contact person a lead becomes. */
export function contactDataFromLead(lead: Lead): ContactData {
  return {
    firstName: lead.firstName,
    lastName: lead.lastName,
    email: lead.email,
    phone: lead.phone,
    birthDate: lead.birthDate,
  };
}
