import type { LeadKind, LeadSource } from '../entities/enums';
import type { OwnedInput } from '../records/create-records';

/** What a new lead can be given, however it arrives (GraphQL, web form, spreadsheet). */
export interface LeadData extends OwnedInput {
  kind?: LeadKind | null;
  source?: LeadSource | null;
  externalId?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  companyName?: string | null;
  registrationNumber?: string | null;
  country?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  website?: string | null;
  birthDate?: string | null;
  message?: string | null;
}
