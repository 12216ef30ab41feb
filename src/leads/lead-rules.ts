import { LeadKind } from '../entities/enums';
import { fieldError, type FieldError } from '../fields/field-errors';

interface LeadShape {
  kind: LeadKind;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** A lead needs a name and a way to reach it; a business lead needs its company's name. */
export function checkLeadCompleteness(lead: LeadShape): FieldError[] {
  const errors: FieldError[] = [];
  if (!lead.firstName && !lead.lastName && !lead.companyName) {
    errors.push(fieldError('lastName', 'REQUIRED', 'A lead needs a name: give firstName, lastName or companyName'));
  }
  if (lead.kind === LeadKind.BUSINESS && !lead.companyName) {
    errors.push(fieldError('companyName', 'REQUIRED', 'A BUSINESS lead needs companyName'));
  }
  if (!lead.email && !lead.phone) {
    errors.push(fieldError('email', 'REQUIRED', 'A lead needs an e-mail address or a phone number to be followed up'));
  }
  return errors;
}

/** A lead's kind as given, else BUSINESS when it names a company and PRIVATE when not. */
export function leadKindOf(lead: { kind?: LeadKind | null; companyName?: string | null }): LeadKind {
  return lead.kind ?? (lead.companyName ? LeadKind.BUSINESS : LeadKind.PRIVATE);
}
