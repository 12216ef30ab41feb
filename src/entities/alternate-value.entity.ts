import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { largeTextType } from '../db/dialect';
import type { EntityType } from './enums';

/** A value a merge did not pick for a record's field (a second e-mail, a former phone number), kept as secondary data. */
@ObjectType({ description: 'A value a merge did not pick for this field, kept as secondary data' })
@Entity('alternate_value')
@Index(['entityType', 'recordId'])
export class AlternateValue {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 10 }) entityType: EntityType;

  @Column({ type: 'int' }) recordId: number;

  @Field() @Column({ type: 'varchar', length: 40 }) field: string;

  @Field() @Column({ type: largeTextType }) value: string;

  /** the record that held it */
  @Column({ type: 'int' }) fromRecordId: number;

  /** the merge that kept it */
  @Index() @Column({ type: 'int' }) mergeId: number;
}
