import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { Activity } from './activity.entity';
import { AlternateValue } from './alternate-value.entity';
import { Attachment } from './attachment.entity';
import { Contact } from './contact.entity';
import { Deal } from './deal.entity';
import { LeadKind, LeadStatus, RecordStatus, RelationKind, type EntityType } from './enums';
import { Lead } from './lead.entity';
import { Relation } from './relation.entity';
import { SiteLead } from './site-lead.entity';

export type { EntityType } from './enums';

/** A column that points at records of a type: a merge moves its rows to the survivor. */
export interface Link {
  entity: EntityTarget<ObjectLiteral>;
  column: string;
  /** the table holds rows of every record type, told apart by entityType */
  typed?: boolean;
}

/** A field of a survivor that a merge sets, from one of the records or as given. */
export interface MergeField {
  /** the name the API knows it by */
  name: string;
  /** the column holding it */
  column: string;
  /**
   * text: taken from a record or given, and the values not picked are kept as alternate values;
   * enum: taken from a record or one of `values`; reference: only taken from a record
   */
  kind: 'text' | 'enum' | 'reference';
  values?: readonly string[];
  /** for a reference: the type of the record it names, for its global id */
  references?: string;
  /** columns that go with the value when it is taken from a record (a customer number's series) */
  companions?: readonly string[];
  /** one record at most may hold a value: a merged record whose value the survivor takes gives it up */
  unique?: boolean;
}

/** What differs between leads, relations and contacts, below the API: the API's own table is resolvers/record-loaders.ts. */
export interface RecordTypeFacts {
  entity: typeof Lead | typeof Relation | typeof Contact;
  /** its GraphQL type, and the type its global ids name */
  typeName: 'Lead' | 'Relation' | 'Contact';
  /** as the crm commands name them */
  plural: 'leads' | 'relations' | 'contacts';
  /** in record keys (findings, report entries) and the matching engine's candidate keys: id × 4 + tag */
  tag: 1 | 2 | 3;
  /** statuses of records nobody edits any more: they are not validated */
  closed: readonly string[];
  /**
   * statuses of records that are nobody's duplicates: merged ones live on in their survivor, and a converted lead
   * in the relation and contact it became, so a steward is never offered to merge it
   */
  unmatched: readonly string[];
  /** the record's own columns the quality engine reads (quality/record-fields.ts), which a suggested fix may write */
  qualityFields: readonly string[];
  /** the columns of the validation report's free-text search */
  reportSearch: readonly string[];
  /** what search looks at: text as written, codes also without punctuation and by their digits (and every phone in all its written forms) */
  searched: { text: readonly string[]; codes: readonly string[] };
  /** the columns of the label a duplicate cluster shows */
  labelColumns: readonly string[];
  /** the fields a merge sets */
  mergeFields: readonly MergeField[];
  /** everything that points at a record, except tags (a union, see merge-steps.ts) and what is derived from records */
  links: readonly Link[];
}

const text = (name: string): MergeField => ({ name, column: name, kind: 'text' });
const reference = (name: string, references: string): MergeField => ({
  name,
  column: `${name}Id`,
  kind: 'reference',
  references,
});
const ownerAndDivision = [reference('owner', 'User'), reference('division', 'Division')];
const alternateValues: Link = { entity: AlternateValue, column: 'recordId', typed: true };

/** The record's own columns the quality engine reads: quality/record-fields.ts types them from these lists. */
export const RELATION_FIELDS = [
  'kind',
  'name',
  'registrationNumber',
  'country',
  'customerNumber',
  'email',
  'phone',
  'website',
  'street',
  'postalCode',
  'city',
] as const;
export const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'title', 'birthDate'] as const;
export const LEAD_FIELDS = [
  'kind',
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'registrationNumber',
  'country',
  'street',
  'postalCode',
  'city',
  'website',
  'birthDate',
] as const;

/** The record-type registry: one entry per type of record the data-quality engine works on. */
export const RECORD_TYPES: { readonly [T in EntityType]: RecordTypeFacts } = {
  RELATION: {
    entity: Relation,
    typeName: 'Relation',
    plural: 'relations',
    tag: 2,
    closed: [RecordStatus.MERGED],
    unmatched: [RecordStatus.MERGED],
    qualityFields: RELATION_FIELDS,
    reportSearch: ['name', 'email', 'phone'],
    searched: { text: ['name', 'email', 'city'], codes: ['registrationNumber', 'customerNumber'] },
    labelColumns: ['name'],
    mergeFields: [
      { name: 'kind', column: 'kind', kind: 'enum', values: Object.values(RelationKind) },
      ...['name', 'registrationNumber', 'country'].map(text),
      { ...text('customerNumber'), companions: ['numberSeriesId'], unique: true },
      ...['email', 'phone', 'website', 'street', 'postalCode', 'city'].map(text),
      ...ownerAndDivision,
    ],
    links: [
      { entity: Contact, column: 'relationId' },
      { entity: Deal, column: 'relationId' },
      { entity: Activity, column: 'relationId' },
      { entity: Attachment, column: 'relationId' },
      { entity: Lead, column: 'convertedRelationId' },
      { entity: Relation, column: 'mergedIntoId' },
      alternateValues,
    ],
  },
  CONTACT: {
    entity: Contact,
    typeName: 'Contact',
    plural: 'contacts',
    tag: 3,
    closed: [RecordStatus.MERGED],
    unmatched: [RecordStatus.MERGED],
    qualityFields: CONTACT_FIELDS,
    reportSearch: ['firstName', 'lastName', 'email', 'phone'],
    searched: { text: ['firstName', 'lastName', 'email'], codes: [] },
    labelColumns: ['firstName', 'lastName'],
    mergeFields: [...CONTACT_FIELDS.map(text), reference('relation', 'Relation'), ...ownerAndDivision],
    links: [
      { entity: Deal, column: 'contactId' },
      { entity: Activity, column: 'contactId' },
      { entity: Attachment, column: 'contactId' },
      { entity: Lead, column: 'convertedContactId' },
      { entity: Contact, column: 'mergedIntoId' },
      alternateValues,
    ],
  },
  LEAD: {
    entity: Lead,
    typeName: 'Lead',
    plural: 'leads',
    tag: 1,
    closed: [LeadStatus.CONVERTED, LeadStatus.REJECTED, LeadStatus.MERGED],
    unmatched: [LeadStatus.MERGED, LeadStatus.CONVERTED],
    qualityFields: LEAD_FIELDS,
    reportSearch: ['firstName', 'lastName', 'companyName', 'email', 'phone'],
    searched: { text: ['firstName', 'lastName', 'companyName', 'email'], codes: [] },
    labelColumns: ['firstName', 'lastName', 'companyName'],
    mergeFields: [
      { name: 'kind', column: 'kind', kind: 'enum', values: Object.values(LeadKind) },
      ...LEAD_FIELDS.filter((field) => field !== 'kind').map(text),
      text('message'),
      ...ownerAndDivision,
    ],
    links: [
      { entity: Activity, column: 'leadId' },
      { entity: Attachment, column: 'leadId' },
      { entity: SiteLead, column: 'leadId' },
      { entity: Lead, column: 'mergedIntoId' },
      alternateValues,
    ],
  },
};

/** Every record type, in the order scans and reports go through them. */
export const ENTITY_TYPES = Object.keys(RECORD_TYPES) as EntityType[];

/** The record type of a GraphQL type name, if it is a lead, relation or contact. */
export function entityTypeNamed(typeName: string): EntityType | undefined {
  return ENTITY_TYPES.find((type) => RECORD_TYPES[type].typeName === typeName);
}

/** The record type an entity's rows are, if they are leads, relations or contacts. */
export function entityTypeOf(entity: unknown): EntityType | undefined {
  return ENTITY_TYPES.find((type) => RECORD_TYPES[type].entity === entity);
}
