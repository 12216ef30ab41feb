import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { startsWith } from '../db/dialect';
import { likePattern } from '../db/like-pattern';
import { SearchToken } from '../entities/search-token.entity';
import type { EntityType } from '../quality/record-fields';
import { searchWords, type SearchWord } from './search-text';

/** At most this many records for a word, and the list reads just them; more, and it reads records in its order and checks each. */
const FEW = 5000;

/** The records with a word beginning with the word's prefix, when there are at most FEW of them (null: more). */
async function fewRecordsOf<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  entityType: EntityType,
  prefix: string,
): Promise<number[] | null> {
  const [condition, parameters] = startsWith('st.token', 'prefix', prefix);
  const rows = await query
    .createQueryBuilder()
    .select('st.recordId', 'recordId')
    .distinct(true)
    .from(SearchToken, 'st')
    .where('st.entityType = :entityType', { entityType })
    .andWhere(condition, parameters)
    .limit(FEW + 1)
    .getRawMany<{ recordId: number }>();
  return rows.length > FEW ? null : rows.map((row) => Number(row.recordId));
}

/**
 * Narrows a list of leads, relations or contacts to those the search finds: every word typed must begin a word of
 * the record's search text (searchTextOf: case and diacritics folded) and occur in it as typed (punctuation too).
 * The first page never scans the records: when a word begins few records' words, the list reads just those;
 * when every word begins many, the list reads records in its order, each checked in the token index, and soon has a page.
 */
export async function searchRecords<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  entityType: EntityType,
  text: string | null | undefined,
): Promise<void> {
  const alias = query.alias;
  const words = searchWords(text);
  let narrowedBy: SearchWord | undefined;
  // the longest prefix is most often the rarest
  for (const word of words.filter((w) => w.prefix != null).sort((a, b) => b.prefix!.length - a.prefix!.length)) {
    const ids = await fewRecordsOf(query, entityType, word.prefix!);
    if (ids === null) continue;
    narrowedBy = word;
    // whole numbers read from the database, written into the SQL: thousands of bound parameters cost more than the look-up
    query.andWhere(ids.length === 0 ? '1 = 0' : `${alias}.id IN (${ids.join(', ')})`);
    break;
  }
  words.forEach((word, n) => {
    if (word.prefix != null && word !== narrowedBy) {
      const [condition, parameters] = startsWith(`st${n}.token`, `searchPrefix${n}`, word.prefix);
      // not EXISTS: MariaDB turns that into a semi-join that reads every record with the word before the first page
      query.andWhere(
        `(SELECT 1 FROM search_token st${n} WHERE st${n}.entityType = :searchType AND st${n}.recordId = ${alias}.id AND ${condition} LIMIT 1) IS NOT NULL`,
        { ...parameters, searchType: entityType },
      );
    }
    query.andWhere(`${alias}.searchText LIKE :searchText${n} ESCAPE '!'`, {
      [`searchText${n}`]: likePattern(word.text),
    });
  });
}
