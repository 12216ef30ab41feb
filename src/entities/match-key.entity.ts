import { Entity, Index, PrimaryColumn } from 'typeorm';
import type { EntityType } from '../quality/record-fields';

/**
 * A blocking key of a relation, contact or lead: the candidates of a record are
 * the records sharing one of its keys, found by index look-ups, never by a scan.
 */
@Entity('match_key')
@Index(['key', 'entityType'])
export class MatchKey {
  @PrimaryColumn({ type: 'varchar', length: 10 }) entityType: EntityType;

  @PrimaryColumn({ type: 'int' }) recordId: number;

  @PrimaryColumn({ type: 'varchar', length: 100 }) key: string;
}
