import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EntityType } from './enums';

/**
 * The validation report's records counted per record type, division and owner, moved with the report entries in
 * the same transaction: the report's totalCount adds up a few of these rows instead of counting entries. 0 stands
 * for no division or no owner, since key columns cannot be null; a row that counts nothing is deleted.
 */
@Entity('validation_record_count')
export class ValidationRecordCount {
  @PrimaryColumn({ type: 'varchar', length: 10 }) entityType: EntityType;

  @PrimaryColumn({ type: 'int' }) divisionId: number;

  @PrimaryColumn({ type: 'int' }) ownerId: number;

  /** entries with an open finding: the report's rows */
  @Column({ type: 'int' }) records: number;

  /** entries with an open finding of severity ERROR */
  @Column({ type: 'int' }) errorRecords: number;

  /** entries with an open finding of severity WARNING */
  @Column({ type: 'int' }) warningRecords: number;
}
