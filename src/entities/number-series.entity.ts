import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './node';

@ObjectType({ implements: Node, description: 'Hands out customer numbers: prefix followed by the next number' })
@Entity('number_series')
export class NumberSeries extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field() @Column({ type: 'varchar', length: 100, unique: true }) name: string;

  @Field() @Column({ type: 'varchar', length: 20, default: '' }) prefix: string;

  @Field(() => Int) @Column({ type: 'int', default: 1 }) nextNumber: number;

  @Field() @Column({ type: 'boolean', default: false }) isDefault: boolean;
}
