/** As the registry's `plural` names them; spelled out, as the admin's import page reads this module. */
export type ImportEntity = 'leads' | 'relations' | 'contacts';

const SHARED = ['externalId', 'tags', 'message'] as const;

/**
 * Fields a column can be mapped to, per entity. Besides the entity's own fields there are input-only
 * fields that mapRow resolves: `name` (a full name split into firstName/lastName), `houseNumber`
 * (appended to street) and, for contacts, `relation` (a relation's name or registration number).
 */
export const IMPORT_FIELDS = {
  leads: [
    'kind',
    'firstName',
    'lastName',
    'name',
    'email',
    'phone',
    'companyName',
    'registrationNumber',
    'country',
    'street',
    'houseNumber',
    'postalCode',
    'city',
    'website',
    'birthDate',
    'source',
    ...SHARED,
  ],
  relations: [
    'kind',
    'name',
    'registrationNumber',
    'customerNumber',
    'country',
    'email',
    'phone',
    'website',
    'street',
    'houseNumber',
    'postalCode',
    'city',
    ...SHARED,
  ],
  contacts: [
    'firstName',
    'lastName',
    'name',
    'email',
    'phone',
    'title',
    'birthDate',
    'relation',
    'relationName',
    'relationRegistrationNumber',
    ...SHARED,
  ],
} as const satisfies Record<ImportEntity, readonly string[]>;

export type ImportField<E extends ImportEntity = ImportEntity> = (typeof IMPORT_FIELDS)[E][number];

export const IMPORT_ENTITIES = Object.keys(IMPORT_FIELDS) as ImportEntity[];

export function isImportField<E extends ImportEntity>(entity: E, field: string): field is ImportField<E> {
  return (IMPORT_FIELDS[entity] as readonly string[]).includes(field);
}

/** Longest value a field accepts, in characters (for tags: each tag). */
export function maxLength(field: string): number {
  return field === 'message' ? 2000 : 255;
}
