import { Entity, Index, PrimaryColumn } from 'typeorm';
import { binaryTextOptions } from '../db/dialect';
import type { EntityType } from './enums';

/** The stored search text's column length; the columns it is made from fit well within it. */
export const SEARCH_TEXT_LENGTH = 1000;
/** A token's column length: a longer word is indexed (and looked up) by its first 64 letters. */
export const TOKEN_LENGTH = 64;

/**
 * A word of a lead's, relation's or contact's search text (searchTextOf): search finds the records with a word
 * beginning with what was typed by a range look-up in the token index, never by scanning the records. On SQLite
 * the rows live in the primary key's B-tree (WITHOUT ROWID), as match keys do.
 */
@Entity('search_token', { withoutRowid: true })
@Index(['entityType', 'token', 'recordId'])
export class SearchToken {
  @PrimaryColumn({ type: 'varchar', length: 10 }) entityType: EntityType;

  @PrimaryColumn({ type: 'int' }) recordId: number;

  @PrimaryColumn({ type: 'varchar', length: TOKEN_LENGTH, ...binaryTextOptions }) token: string;
}

/** A lead's, relation's or contact's folded search text (searchTextOf); null until it is computed. Read only by search. */
export const searchTextColumn = {
  type: 'varchar',
  length: SEARCH_TEXT_LENGTH,
  nullable: true,
  select: false,
  ...binaryTextOptions,
} as const;
