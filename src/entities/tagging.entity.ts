import { Entity, Index, PrimaryColumn } from 'typeorm';

export type TaggedType = 'LEAD' | 'RELATION' | 'CONTACT';

/** A tag on one lead, relation or contact: one table for all three, so tags move with merges and conversions alike. */
@Entity('tagging')
@Index(['entityType', 'recordId'])
export class Tagging {
  @PrimaryColumn({ type: 'varchar', length: 10 }) entityType: TaggedType;

  @PrimaryColumn({ type: 'int' }) recordId: number;

  @PrimaryColumn({ type: 'int' }) tagId: number;
}
