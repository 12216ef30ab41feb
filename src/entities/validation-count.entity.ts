import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EntityType, Severity } from './enums';

/**
 * Findings counted per record type, division, owner and rule, moved by every
 * refresh of findings: the validation summary adds up a few of these rows
 * instead of counting findings. 0 stands for no division or no owner, since
 * key columns cannot be null.
 */
@Entity('validation_count')
export class ValidationCount {
  @PrimaryColumn({ type: 'varchar', length: 10 }) entityType: EntityType;

  @PrimaryColumn({ type: 'int' }) divisionId: number;

  @PrimaryColumn({ type: 'int' }) ownerId: number;

  @PrimaryColumn({ type: 'varchar', length: 40 }) code: string;

  @Column({ type: 'varchar', length: 10 }) severity: Severity;

  /** records with at least one open finding of the rule */
  @Column({ type: 'int' }) records: number;

  /** open findings */
  @Column({ type: 'int' }) findings: number;

  /** ignored findings */
  @Column({ type: 'int' }) ignored: number;
}
