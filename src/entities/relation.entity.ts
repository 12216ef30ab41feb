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
import { RecordStatus, RelationKind } from './enums';
import { Node } from './node';
import { searchTextColumn } from './search-token.entity';

@ObjectType({ implements: Node, description: 'A customer account: a company or a private person' })
@Entity('relation')
export class Relation extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field(() => RelationKind) @Index() @Column({ type: 'varchar', length: 10 }) kind: RelationKind;

  @Field() @Index() @Column({ type: 'varchar', length: 255 }) name: string;

  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: 'varchar', length: 50, nullable: true })
  registrationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @Index()
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true, unique: true })
  customerNumber: string | null;

  @Field(() => String, { nullable: true }) @Index() @Column({ type: 'varchar', length: 254, nullable: true }) email:
    string | null;

  @Field(() => String, { nullable: true }) @Index() @Column({ type: 'varchar', length: 50, nullable: true }) phone:
    string | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 255, nullable: true }) website:
    string | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 255, nullable: true }) street:
    string | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 20, nullable: true }) postalCode:
    string | null;

  @Field(() => String, { nullable: true }) @Index() @Column({ type: 'varchar', length: 100, nullable: true }) city:
    string | null;

  /** the number series its customer number came from, so each series can show the customers it numbered last */
  @Index() @Column({ type: 'int', nullable: true }) numberSeriesId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) ownerId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) divisionId: number | null;

  @Field(() => RecordStatus)
  @Index()
  @Column({ type: 'varchar', length: 10, default: RecordStatus.ACTIVE })
  status: RecordStatus;

  @Index() @Column({ type: 'int', nullable: true }) mergedIntoId: number | null;

  @Column(searchTextColumn) searchText: string | null;

  @Field(() => Int, { description: 'Send it back as expectedVersion to update without overwriting a colleague' })
  @VersionColumn()
  version: number;

  @Field() @Index() @CreateDateColumn(createdAtOptions) createdAt: Date;

  @Field() @UpdateDateColumn(updatedAtOptions) updatedAt: Date;
}
