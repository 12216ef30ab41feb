import type { EntityManager } from 'typeorm';
import { Division } from '../../entities';
import type { Actor } from '../../schema/access';
import { ImportFileError } from './import-file.error';

/** Divisions a refusal names; more are counted. */
const NAMED = 10;

const HOW = 'name it with --division (crm import) or the field "division" (POST /api/import)';

function names(divisions: Division[], total: number): string {
  const listed = divisions.map((division) => division.name).join(', ');
  return total > divisions.length ? `${listed} and ${total - divisions.length} more` : listed;
}

/**
 * The division an import's records go to, one rule for `crm import` and `POST /api/import`: the division named; else
 * the importer's own (as a record typed in belongs to its creator's); else the database's only division. Anything else
 * would leave the records in no division, where no SALES user ever sees them, so the import is refused.
 */
export async function importDivisionId(
  manager: EntityManager,
  actor: Actor,
  name: string | null | undefined,
): Promise<number> {
  if (name?.trim()) {
    const division = await manager.findOneBy(Division, { name: name.trim() });
    if (!division)
      throw new ImportFileError(`No division is named '${name.trim()}'`, {
        option: { field: 'division', code: 'NOT_FOUND' },
      });
    return division.id;
  }
  if (actor.divisionId != null) return actor.divisionId;
  const [divisions, total] = await manager.findAndCount(Division, { order: { name: 'ASC' }, take: NAMED });
  if (total === 1) return divisions[0].id;
  const message =
    total === 0
      ? `There is no division yet, so no SALES user would see the records; create one (crm user create … --division NAME) and ${HOW}`
      : `Say which division the records go to: there are ${total} (${names(divisions, total)}); ${HOW}`;
  throw new ImportFileError(message, { option: { field: 'division', code: 'REQUIRED' } });
}
