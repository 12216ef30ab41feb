import type { CONTACT_FIELDS, LEAD_FIELDS, RELATION_FIELDS } from '../entities/record-types';

/** Plain field values of the records the quality engine works on, as the entities hold them. */
export type { EntityType } from '../entities/enums';

type Text = string | null | undefined;
/** The text fields of a record type's quality fields (entities/record-types.ts); kind is typed by each. */
type TextFields<Fields extends readonly string[]> = { [F in Exclude<Fields[number], 'kind'>]?: Text };

export type RelationFields = TextFields<typeof RELATION_FIELDS> & {
  kind: 'COMPANY' | 'PRIVATE';
  name: Text;
};

export type ContactFields = TextFields<typeof CONTACT_FIELDS> & {
  /** null when the contact belongs to no relation */
  relationId?: Text;
  /** the country of the contact's relation, used as the default for its phone */
  country?: Text;
};

export type LeadFields = TextFields<typeof LEAD_FIELDS> & { kind: 'BUSINESS' | 'PRIVATE' };
