import { Field, Int, ObjectType } from 'type-graphql';
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
import { RecordStatus } from './enums';
import { Node } from './node';
import { searchTextColumn } from './search-token.entity';

@ObjectType({ implements: Node, description: 'A person, usually employed at a company relation' })
@Entity('contact')
export class Contact extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) firstName:
    string | null;

  @Field(() => String, { nullable: true }) @Index() @Column({ type: 'varchar', length: 100, nullable: true }) lastName:
    string | null;

  @Field(() => String, { nullable: true }) @Index() @Column({ type: 'varchar', length: 254, nullable: true }) email:
    string | null;

  @Field(() => String, { nullable: true }) @Index() @Column({ type: 'varchar', length: 50, nullable: true }) phone:
    string | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) title:
    string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  birthDate: string | null;

  @Index() @Column({ type: 'int', nullable: true }) relationId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) ownerId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) divisionId: number | null;

  @Field(() => RecordStatus)
  @Index()
  @Column({ type: 'varchar', length: 10, default: RecordStatus.ACTIVE })
  status: RecordStatus;

  @Index() @Column({ type: 'int', nullable: true }) mergedIntoId: number | null;

  @Column(searchTextColumn) searchText: string | null;

  @Field(() => Int) @VersionColumn() version: number;

  @Field() @Index() @CreateDateColumn(createdAtOptions) createdAt: Date;

  @Field() @UpdateDateColumn(updatedAtOptions) updatedAt: Date;
}
