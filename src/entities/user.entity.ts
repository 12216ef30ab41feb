import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtOptions } from '../db/dialect';
import { UserRole } from './enums';
import { Node } from './node';

@ObjectType({ implements: Node })
@Entity('user')
export class User extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field() @Column({ type: 'varchar', length: 200 }) name: string;

  @Field() @Column({ type: 'varchar', length: 254, unique: true }) email: string;

  @Field(() => UserRole) @Column({ type: 'varchar', length: 10 }) role: UserRole;

  @Index() @Column({ type: 'int', nullable: true }) divisionId: number | null;

  @Field() @CreateDateColumn(createdAtOptions) createdAt: Date;
}
