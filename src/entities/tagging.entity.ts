import { Entity, Index, PrimaryColumn } from 'typeorm';
import type { EntityType } from './enums';

/** A tag on one lead, relation or contact: one table for all three, so tags move with merges and conversions alike. */
@Entity('tagging')
@Index(['entityType', 'recordId'])
export class Tagging {
  @PrimaryColumn({ type: 'varchar', length: 10 }) entityType: EntityType;

  @PrimaryColumn({ type: 'int' }) recordId: number;

  @PrimaryColumn({ type: 'int' }) tagId: number;
}
