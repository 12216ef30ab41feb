import { dateColumn, dateParameter } from '../db/dialect';
import type { SortKey } from './pagination';

/** Sort keys every record list offers. */
export const byId = <T extends { id: number }>(direction: 'ASC' | 'DESC', alias: string): SortKey<T> => ({
  expression: `${alias}.id`,
  direction,
  valueOf: (r) => r.id,
  property: 'id',
});

/** Nulls sort as ''; a column that cannot be null is ordered as it is, so that its index can serve the order. */
export const byText = <T>(
  direction: 'ASC' | 'DESC',
  alias: string,
  column: keyof T & string,
  nullable = true,
): SortKey<T> => ({
  expression: nullable ? `COALESCE(${alias}.${column}, '')` : `${alias}.${column}`,
  direction,
  valueOf: (r) => (r[column] as string | null) ?? '',
  property: column,
});

export const byDate = <T>(direction: 'ASC' | 'DESC', alias: string, column: keyof T & string): SortKey<T> => ({
  expression: dateColumn(alias, column),
  direction,
  valueOf: (r) => (r[column] as Date).toISOString(),
  parameter: (v) => dateParameter(new Date(v)),
  property: column,
});
