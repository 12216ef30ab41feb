import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtOptions } from '../db/dialect';
import { Node } from './node';

@ObjectType({
  implements: Node,
  description: 'A sales pipeline (EASI\'R\'s "relation journey") with its ordered stages',
})
@Entity('pipeline')
export class Pipeline extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field() @Column({ type: 'varchar', length: 100, unique: true }) name: string;

  @Field(() => [String]) @Column({ type: 'simple-json' }) stages: string[];

  @Field() @Column({ type: 'boolean', default: false }) isDefault: boolean;

  @Field() @CreateDateColumn(createdAtOptions) createdAt: Date;
}
