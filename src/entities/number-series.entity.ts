import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './node';

@ObjectType({ implements: Node, description: 'Hands out customer numbers: prefix followed by the next number' })
@Entity('number_series')
export class NumberSeries extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field() @Column({ type: 'varchar', length: 100, unique: true }) name: string;

  @Field() @Column({ type: 'varchar', length: 20, default: '' }) prefix: string;

  @Field(() => Int) @Column({ type: 'int', default: 1 }) nextNumber: number;

  @Field({
    description: "The series a conversion takes when none is named: one for every division, and one per division's own",
  })
  @Column({ type: 'boolean', default: false })
  isDefault: boolean;

  /** a division's own series, for its conversions only; null: every division's */
  @Index() @Column({ type: 'int', nullable: true }) divisionId: number | null;
}
