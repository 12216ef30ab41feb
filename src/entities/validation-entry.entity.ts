import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { timestampOptions } from '../db/dialect';
import type { EntityType } from './enums';

/**
 * A lead, relation or contact that has findings: a row of the validation
 * report, carrying what the report filters on so that every filter is an
 * index look-up. Kept with the record's findings, in the same transaction.
 */
@Entity('validation_entry')
export class ValidationEntry {
  /** the record, as record-key.ts packs it: the report pages in this order */
  @PrimaryColumn({ type: 'int' }) id: number;

  @Column({ type: 'varchar', length: 10 }) entityType: EntityType;

  @Column({ type: 'int' }) recordId: number;

  @Index() @Column({ type: 'int', nullable: true }) divisionId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) ownerId: number | null;

  @Index() @Column(timestampOptions) recordCreatedAt: Date;

  /** names, e-mail and phone, for the report's free-text search */
  @Column({ type: 'varchar', length: 500 }) searchText: string;

  /** open (not ignored) findings of severity ERROR */
  @Column({ type: 'int' }) errorCount: number;

  /** open (not ignored) findings of severity WARNING */
  @Column({ type: 'int' }) warningCount: number;
}
