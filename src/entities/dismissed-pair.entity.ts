import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { createdAtOptions } from '../db/dialect';
import type { EntityType } from './enums';

/** A steward's "not a duplicate" on two records (aId < bId): the pair never links them into a cluster again. */
@Entity('dismissed_pair')
@Index(['entityType', 'bId'])
export class DismissedPair {
  @PrimaryColumn({ type: 'varchar', length: 10 }) entityType: EntityType;

  @PrimaryColumn({ type: 'int' }) aId: number;

  @PrimaryColumn({ type: 'int' }) bId: number;

  @Column({ type: 'int', nullable: true }) dismissedById: number | null;

  @CreateDateColumn(createdAtOptions) dismissedAt: Date;
}
