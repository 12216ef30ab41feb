import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { createdAtOptions, updatedAtOptions } from '../db/dialect';
import { DealStatus } from './enums';
import { Node } from './node';

@ObjectType({
  implements: Node,
  description: 'A piece of sales work on a relation (a case, a business case, an opportunity)',
})
@Entity('deal')
export class Deal extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field() @Column({ type: 'varchar', length: 255 }) title: string;

  @Index() @Column({ type: 'int' }) pipelineId: number;

  @Field() @Column({ type: 'varchar', length: 100 }) stage: string;

  // MySQL answers a DECIMAL as a string
  @Field(() => Float, {
    nullable: true,
    description: 'What it is expected to be worth: an amount in the currency the company works in',
  })
  @Column({
    type: 'decimal',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | number | null) => (value == null ? null : Number(value)),
    },
  })
  value: number | null;

  @Field(() => DealStatus)
  @Index()
  @Column({ type: 'varchar', length: 10, default: DealStatus.OPEN })
  status: DealStatus;

  @Index() @Column({ type: 'int', nullable: true }) managerId: number | null;

  @Index() @Column({ type: 'int' }) relationId: number;

  @Index() @Column({ type: 'int', nullable: true }) contactId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) divisionId: number | null;

  @Field(() => Int) @VersionColumn() version: number;

  @Field() @Index() @CreateDateColumn(createdAtOptions) createdAt: Date;

  @Field() @UpdateDateColumn(updatedAtOptions) updatedAt: Date;
}
