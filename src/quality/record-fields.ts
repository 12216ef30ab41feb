/** Plain field values of the records the quality engine works on, as the entities hold them. */
export type { EntityType } from '../entities/enums';

type Text = string | null | undefined;

export interface RelationFields {
  kind: 'COMPANY' | 'PRIVATE';
  name: Text;
  registrationNumber?: Text;
  country?: Text;
  customerNumber?: Text;
  email?: Text;
  phone?: Text;
  website?: Text;
  street?: Text;
  postalCode?: Text;
  city?: Text;
}

export interface ContactFields {
  firstName?: Text;
  lastName?: Text;
  email?: Text;
  phone?: Text;
  title?: Text;
  birthDate?: Text;
  /** null when the contact belongs to no relation */
  relationId?: Text;
  /** the country of the contact's relation, used as the default for its phone */
  country?: Text;
}

export interface LeadFields {
  kind: 'BUSINESS' | 'PRIVATE';
  firstName?: Text;
  lastName?: Text;
  email?: Text;
  phone?: Text;
  companyName?: Text;
  registrationNumber?: Text;
  country?: Text;
  street?: Text;
  postalCode?: Text;
  city?: Text;
  website?: Text;
  birthDate?: Text;
}
