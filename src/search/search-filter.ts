import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { startsWith } from '../db/dialect';
import { likePattern } from '../db/like-pattern';
import { SearchToken } from '../entities/search-token.entity';
import type { EntityType } from '../entities/enums';
import { searchWords, type SearchWord } from './search-text';

/**
 * At most this many records for a word, and the list reads just them; more, and it reads records in its order and
 * checks each. Measured at 1,000,000 leads on MariaDB: a word of 5,000 records read this way gives a division's first
 * page in 50 ms where the walk takes 300; at 26,000 the walk is faster.
 */
const FEW = 10_000;
/** When no word has few records, words with at most this many are read and intersected ("susanne dahl"). */
const SOME = 40_000;
/** Prefixes shorter than this begin too many records' words to be worth reading for an intersection. */
const SHORT = 3;

/**
 * The records with a word beginning with the prefix, when there are at most `most` of them (null: more). Not
 * DISTINCT: MariaDB then fills a temporary table, four times slower than reading the index and deduplicating here.
 */
async function recordsOf<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  entityType: EntityType,
  prefix: string,
  most: number,
): Promise<Set<number> | null> {
  // a record can have several words with the prefix
  const tokenRows = most * 2;
  const [condition, parameters] = startsWith('st.token', 'prefix', prefix);
  const rows = await query
    .createQueryBuilder()
    .select('st.recordId', 'recordId')
    .from(SearchToken, 'st')
    .where('st.entityType = :entityType', { entityType })
    .andWhere(condition, parameters)
    .limit(tokenRows + 1)
    .getRawMany<{ recordId: number }>();
  const ids = new Set(rows.map((row) => Number(row.recordId)));
  return rows.length > tokenRows || ids.size > most ? null : ids;
}

/**
 * The few records the list can read instead of walking, and the words whose token check that settles: one word's
 * records when it has few, else those of the words with some records that they have in common (null: none few).
 */
async function fewRecordsOf<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  entityType: EntityType,
  words: SearchWord[],
): Promise<{ ids: number[]; settled: Set<SearchWord> } | null> {
  // the longest prefix is most often the rarest
  const candidates = words.filter((w) => w.prefix != null).sort((a, b) => b.prefix!.length - a.prefix!.length);
  const long = (word: SearchWord) => word.prefix!.length >= SHORT;
  const most = candidates.filter(long).length > 1 ? SOME : FEW;
  let common: Set<number> | undefined;
  const settled = new Set<SearchWord>();
  for (const word of candidates) {
    const ids = await recordsOf(query, entityType, word.prefix!, long(word) ? most : FEW);
    if (ids === null) continue;
    if (ids.size <= FEW) return { ids: [...ids], settled: new Set([word]) };
    common = common ? new Set([...common].filter((id) => ids.has(id))) : ids;
    settled.add(word);
  }
  return common && settled.size > 1 && common.size <= FEW ? { ids: [...common], settled } : null;
}

/**
 * Narrows a list of leads, relations or contacts to those the search finds: every word typed must begin a word of
 * the record's search text (searchTextOf: case and diacritics folded) and occur in it as typed (punctuation too).
 * The first page never scans the records: when a word begins few records' words, or words begin few records' words in
 * common, the list reads just those; else it reads records in its order, each checked in the token index.
 */
export async function searchRecords<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  entityType: EntityType,
  text: string | null | undefined,
): Promise<void> {
  const alias = query.alias;
  const words = searchWords(text);
  const few = await fewRecordsOf(query, entityType, words);
  if (few) {
    const { ids } = few;
    // whole numbers read from the database, written into the SQL: thousands of bound parameters cost more than the look-up
    query.andWhere(ids.length === 0 ? '1 = 0' : `${alias}.id IN (${ids.join(', ')})`);
  }
  words.forEach((word, n) => {
    if (word.prefix != null && !few?.settled.has(word)) {
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
