import { HEADER_SYNONYMS } from './header-synonyms';
import { IMPORT_ENTITIES, IMPORT_FIELDS, isImportField, type ImportEntity } from './import-fields';
import { foldHeader } from './header-fold';

export interface HeaderRecognition {
  /** header → field; each field is fed by one column at most */
  mapping: Map<string, string>;
  /** headers no field was found for, in file order */
  unmapped: string[];
}

const SYNONYM_FIELDS = Object.fromEntries(
  IMPORT_ENTITIES.map((entity) => [entity, synonymLookup(HEADER_SYNONYMS[entity])]),
) as Record<ImportEntity, Map<string, string>>;

function synonymLookup(table: Partial<Record<string, readonly string[]>>): Map<string, string> {
  return new Map(
    Object.entries(table).flatMap(([field, names]) => names!.map((name) => [foldHeader(name), field] as const)),
  );
}

/**
 * Maps headers to the entity's fields: the explicit column map first, then known header names.
 * Throws when the explicit map names a column the file lacks or a field the entity lacks.
 */
export function recogniseHeaders(
  entity: ImportEntity,
  headers: string[],
  explicit = new Map<string, string>(),
): HeaderRecognition {
  const mapping = new Map<string, string>();
  const headerOf = new Map<string, string>(); // field → header
  const assign = (header: string, field: string): void => {
    mapping.set(header, field);
    headerOf.set(field, header);
  };

  for (const [column, field] of explicit) {
    if (!isImportField(entity, field)) {
      throw new Error(`Column map: ${entity} have no field '${field}'; use one of ${IMPORT_FIELDS[entity].join(', ')}`);
    }
    const header =
      headers.find((name) => name === column) ?? headers.find((name) => foldHeader(name) === foldHeader(column));
    if (header === undefined)
      throw new Error(`Column map: the file has no column '${column}'; its columns are ${headers.join(', ')}`);
    const taken = headerOf.get(field);
    if (taken !== undefined) throw new Error(`Column map: '${taken}' and '${header}' are both mapped to ${field}`);
    assign(header, field);
  }

  for (const header of headers) {
    const field = SYNONYM_FIELDS[entity].get(foldHeader(header));
    if (field !== undefined && !mapping.has(header) && !headerOf.has(field)) assign(header, field);
  }

  // "Jméno;Příjmení", "Navn;Efternavn": beside a last-name column, a name column holds first names.
  const nameHeader = headerOf.get('name');
  if (
    entity !== 'relations' &&
    nameHeader !== undefined &&
    !explicit.has(nameHeader) &&
    headerOf.has('lastName') &&
    !headerOf.has('firstName')
  ) {
    headerOf.delete('name');
    assign(nameHeader, 'firstName');
  }

  return { mapping, unmapped: headers.filter((header) => !mapping.has(header)) };
}
