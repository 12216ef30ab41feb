import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtOptions } from '../db/dialect';
import { Node } from './node';

@ObjectType({ implements: Node, description: "An organisational unit; a new lead belongs to its creator's division" })
@Entity('division')
export class Division extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field() @Column({ type: 'varchar', length: 100, unique: true }) name: string;

  @Field() @CreateDateColumn(createdAtOptions) createdAt: Date;
}
