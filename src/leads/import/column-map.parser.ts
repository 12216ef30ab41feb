import { IMPORT_FIELDS } from './import-fields';

const KNOWN_FIELDS = [...new Set(Object.values(IMPORT_FIELDS).flat())];

/**
 * Parses a column map such as "Firma=companyName,Tlf=phone" into column → field. Field names are
 * matched case-insensitively; whether the entity has the field is checked by recogniseHeaders.
 */
export function parseColumnMap(spec: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of spec.split(',')) {
    // The last "=" splits, so a column name may itself contain "=".
    const split = entry.lastIndexOf('=');
    const column = entry.slice(0, split).trim();
    const name = entry.slice(split + 1).trim();
    if (split < 0 || !column || !name) throw new Error(`Column map: expected column=field, got '${entry.trim()}'`);
    const field = KNOWN_FIELDS.find((known) => known.toLowerCase() === name.toLowerCase());
    if (field === undefined)
      throw new Error(
        `Column map: unknown field '${name}' for column '${column}'; known fields are ${KNOWN_FIELDS.join(', ')}`,
      );
    if (map.has(column)) throw new Error(`Column map: column '${column}' is mapped twice`);
    map.set(column, field);
  }
  return map;
}
