import type { EntityType } from '../record-fields';

/** The comparable form of one record's fields; every value is null when absent or unreadable. */
export interface NormalisedRecord {
  entityType: EntityType;
  firstName: string | null;
  lastName: string | null;
  /** company name without legal form */
  companyName: string | null;
  legalForm: string | null;
  email: string | null;
  /** registrable domain of a non-free-mail address */
  companyDomain: string | null;
  /** E.164, or national digits where the number does not read as international (see matchingPhone) */
  phone: string | null;
  /** registrable domain */
  website: string | null;
  registrationNumber: string | null;
  street: string | null;
  houseNumber: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  /** YYYY-MM-DD */
  birthDate: string | null;
  relationId: string | null;
}
