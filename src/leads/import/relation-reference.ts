import { Brackets, type EntityManager } from 'typeorm';
import { Relation } from '../../entities';
import { RecordStatus } from '../../entities/enums';
import { fieldError, type FieldError } from '../../fields/field-errors';

/** How an imported contact names the relation it works at: its registration number, else its exact name. */
export interface RelationReference {
  relationRegistrationNumber?: string;
  relationName?: string;
}

export type RelationLookup = (reference: RelationReference) => { relationId?: number; error?: FieldError };

function group(relations: Relation[], key: (relation: Relation) => string | null): Map<string, number[]> {
  const ids = new Map<string, number[]>();
  for (const relation of relations) {
    const value = key(relation);
    if (value !== null) ids.set(value, [...(ids.get(value) ?? []), relation.id]);
  }
  return ids;
}

/** Finds the relations a batch of contacts names, in one query; merged relations are passed over. */
export async function relationLookup(manager: EntityManager, references: RelationReference[]): Promise<RelationLookup> {
  const numbers = [...new Set(references.flatMap((r) => r.relationRegistrationNumber ?? []))];
  const names = [...new Set(references.flatMap((r) => (r.relationRegistrationNumber ? [] : (r.relationName ?? []))))];
  const relations =
    numbers.length + names.length === 0
      ? []
      : await manager
          .createQueryBuilder(Relation, 'r')
          .select(['r.id', 'r.name', 'r.registrationNumber'])
          .where('r.status <> :merged', { merged: RecordStatus.MERGED })
          .andWhere(
            new Brackets((q) => {
              if (numbers.length) q.orWhere('r.registrationNumber IN (:...numbers)', { numbers });
              if (names.length) q.orWhere('r.name IN (:...names)', { names });
            }),
          )
          .getMany();
  // compared here, not by the database, so MySQL's case-insensitive collation finds what SQLite finds
  const byNumber = group(relations, (r) => r.registrationNumber);
  const byName = group(relations, (r) => r.name);

  return ({ relationRegistrationNumber: number, relationName: name }) => {
    const [field, value, ids] = number
      ? (['relationRegistrationNumber', number, byNumber.get(number)] as const)
      : (['relationName', name, name ? byName.get(name) : undefined] as const);
    if (value === undefined) return {};
    if (!ids)
      return {
        error: fieldError(
          field,
          'NOT_FOUND',
          `No relation has ${number ? 'registration number' : 'the name'} '${value}'`,
        ),
      };
    if (ids.length > 1)
      return {
        error: fieldError(
          field,
          'AMBIGUOUS',
          `${ids.length} relations have ${number ? 'registration number' : 'the name'} '${value}'; give the one meant by its registration number`,
        ),
      };
    return { relationId: ids[0] };
  };
}
