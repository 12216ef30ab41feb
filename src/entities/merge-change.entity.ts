import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { largeTextType } from '../db/dialect';

/**
 * One row a merge changed, as stored before and after it (JSON of the raw
 * column values, see db/raw-rows.ts). Derived rows (validation findings,
 * report entries and counts) are kept apart: the undo restores them per record
 * only where nothing changed them since, and recomputes the rest.
 */
@Entity('merge_change')
export class MergeChange {
  @PrimaryGeneratedColumn() id: number;

  @Index() @Column({ type: 'int' }) mergeId: number;

  /** the entity class whose row this is */
  @Column({ type: 'varchar', length: 40 }) entityName: string;

  @Column({ type: 'boolean', default: false }) derived: boolean;

  /** null: the merge inserted the row */
  @Column({ type: largeTextType, nullable: true }) beforeImage: string | null;

  /** null: the merge deleted the row */
  @Column({ type: largeTextType, nullable: true }) afterImage: string | null;
}
