import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { likePattern } from './like-pattern';

/** Free text: every word must appear in one of the columns (of the query's main alias unless another is named). */
export function searchColumns<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: string[],
  text: string | null | undefined,
  alias = query.alias,
): void {
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  words.forEach((word, n) => {
    const any = columns.map((c) => `${alias}.${c} LIKE :search${n} ESCAPE '!'`).join(' OR ');
    query.andWhere(`(${any})`, { [`search${n}`]: likePattern(word) });
  });
}
