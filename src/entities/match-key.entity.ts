import { Entity, Index, PrimaryColumn } from 'typeorm';
import type { EntityType } from './enums';

/**
 * A blocking key of a relation, contact or lead: the candidates of a record are
 * the records sharing one of its keys, found by index look-ups, never by a scan.
 * The key is stored hashed (matchKeyHash). The key index covers the record id,
 * so a look-up reads the index alone (and SQLite's planner, without statistics,
 * takes it over the primary key's). On SQLite the rows live in the primary
 * key's B-tree itself (WITHOUT ROWID): a table of ten million keys writes a
 * third less and takes a third less space.
 */
@Entity('match_key', { withoutRowid: true })
@Index(['key', 'entityType', 'recordId'])
export class MatchKey {
  @PrimaryColumn({ type: 'varchar', length: 10 }) entityType: EntityType;

  @PrimaryColumn({ type: 'int' }) recordId: number;

  // MySQL answers a BIGINT as a string; a 48-bit hash is a safe integer
  @PrimaryColumn({
    type: 'bigint',
    transformer: { to: (key: number) => key, from: (key: string | number) => Number(key) },
  })
  key: number;
}
