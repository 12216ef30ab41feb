import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EntityType } from './enums';

/** A record a merge merged into its survivor; ids grow in the order the merge was given them. */
@Entity('merge_member')
@Index(['entityType', 'recordId'])
export class MergeMember {
  @PrimaryGeneratedColumn() id: number;

  @Index() @Column({ type: 'int' }) mergeId: number;

  @Column({ type: 'varchar', length: 10 }) entityType: EntityType;

  @Column({ type: 'int' }) recordId: number;
}
