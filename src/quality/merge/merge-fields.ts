import { LeadKind, RelationKind } from '../../entities/enums';
import type { EntityType } from '../record-fields';

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

const text = (name: string): MergeField => ({ name, column: name, kind: 'text' });
const reference = (name: string, references: string): MergeField => ({
  name,
  column: `${name}Id`,
  kind: 'reference',
  references,
});

export const MERGE_FIELDS: Readonly<Record<EntityType, readonly MergeField[]>> = {
  RELATION: [
    { name: 'kind', column: 'kind', kind: 'enum', values: Object.values(RelationKind) },
    ...['name', 'registrationNumber', 'country'].map(text),
    { ...text('customerNumber'), companions: ['numberSeriesId'], unique: true },
    ...['email', 'phone', 'website', 'street', 'postalCode', 'city'].map(text),
    reference('owner', 'User'),
    reference('division', 'Division'),
  ],
  CONTACT: [
    ...['firstName', 'lastName', 'email', 'phone', 'title', 'birthDate'].map(text),
    reference('relation', 'Relation'),
    reference('owner', 'User'),
    reference('division', 'Division'),
  ],
  LEAD: [
    { name: 'kind', column: 'kind', kind: 'enum', values: Object.values(LeadKind) },
    ...[
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
      'message',
    ].map(text),
    reference('owner', 'User'),
    reference('division', 'Division'),
  ],
};

export function mergeField(entityType: EntityType, name: string): MergeField | undefined {
  return MERGE_FIELDS[entityType].find((field) => field.name === name);
}
