import { registerEnumType } from 'type-graphql';

/** What a lead becomes (RAYNET): a client only, a contact person at a client, or a deal on a client. */
export enum ConversionTarget {
  CLIENT = 'CLIENT',
  CONTACT = 'CONTACT',
  DEAL = 'DEAL',
}

/** AUTOMATIC takes the 100% match, else creates one; when only similar ones exist it refuses with CONFLICT. */
export enum RelationChoice {
  AUTOMATIC = 'AUTOMATIC',
  EXISTING = 'EXISTING',
  CREATE = 'CREATE',
}
export enum ContactChoice {
  AUTOMATIC = 'AUTOMATIC',
  EXISTING = 'EXISTING',
  CREATE = 'CREATE',
  NONE = 'NONE',
}
export enum DealChoice {
  CREATE = 'CREATE',
  EXISTING = 'EXISTING',
}
export enum ActivityChoice {
  CREATE = 'CREATE',
  NONE = 'NONE',
}

/** The contact fields a lead can overwrite; the values are the property names. */
export enum ContactField {
  FIRST_NAME = 'firstName',
  LAST_NAME = 'lastName',
  EMAIL = 'email',
  PHONE = 'phone',
  BIRTH_DATE = 'birthDate',
}

registerEnumType(ConversionTarget, {
  name: 'ConversionTarget',
  description:
    'CLIENT: a relation only; CONTACT: a relation and a contact person; DEAL: a relation, an optional contact and a deal',
});
registerEnumType(RelationChoice, { name: 'RelationChoice' });
registerEnumType(ContactChoice, { name: 'ContactChoice' });
registerEnumType(DealChoice, {
  name: 'DealChoice',
  description: 'CREATE opens a new deal; EXISTING adds the lead to an open deal',
});
registerEnumType(ActivityChoice, { name: 'ActivityChoice' });
registerEnumType(ContactField, { name: 'ContactField' });
