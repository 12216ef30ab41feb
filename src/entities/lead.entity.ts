import { Field, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { createdAtOptions, largeTextType, timestampOptions, updatedAtOptions } from '../db/dialect';
import { LeadKind, LeadSource, LeadStatus } from './enums';
import { Node } from './node';
import { searchTextColumn } from './search-token.entity';

@ObjectType({ implements: Node, description: 'A potential customer not yet worked with' })
@Entity('lead')
@Unique('UQ_lead_source_external_id', ['source', 'externalId'])
@Index(['divisionId', 'status'])
export class Lead extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field(() => LeadKind) @Index() @Column({ type: 'varchar', length: 10 }) kind: LeadKind;

  @Field(() => LeadStatus)
  @Index()
  @Column({ type: 'varchar', length: 12, default: LeadStatus.NEW })
  status: LeadStatus;

  @Field(() => LeadSource) @Index() @Column({ type: 'varchar', length: 10 }) source: LeadSource;

  @Field(() => String, { nullable: true, description: 'The id the lead has in its source system; unique per source' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) firstName:
    string | null;

  @Field(() => String, { nullable: true }) @Index() @Column({ type: 'varchar', length: 100, nullable: true }) lastName:
    string | null;

  @Field(() => String, { nullable: true }) @Index() @Column({ type: 'varchar', length: 254, nullable: true }) email:
    string | null;

  @Field(() => String, { nullable: true }) @Index() @Column({ type: 'varchar', length: 50, nullable: true }) phone:
    string | null;

  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: 'varchar', length: 255, nullable: true })
  companyName: string | null;

  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: 'varchar', length: 50, nullable: true })
  registrationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 255, nullable: true }) street:
    string | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 20, nullable: true }) postalCode:
    string | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 100, nullable: true }) city:
    string | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 255, nullable: true }) website:
    string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, for private leads' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  birthDate: string | null;

  @Field(() => String, { nullable: true }) @Column({ type: largeTextType, nullable: true }) message: string | null;

  @Index() @Column({ type: 'int', nullable: true }) ownerId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) divisionId: number | null;

  @Column({ type: 'int', nullable: true }) createdById: number | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 500, nullable: true }) rejectionReason:
    string | null;

  @Index() @Column({ type: 'int', nullable: true }) convertedRelationId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) convertedContactId: number | null;

  @Column({ type: 'int', nullable: true }) convertedDealId: number | null;

  @Field(() => Date, { nullable: true }) @Column({ ...timestampOptions, nullable: true }) convertedAt: Date | null;

  @Index() @Column({ type: 'int', nullable: true }) mergedIntoId: number | null;

  @Column(searchTextColumn) searchText: string | null;

  /** Its tags as JSON, kept by whatever tags it (tags/tag-lists.ts); null where not known. */
  @Column({ type: largeTextType, nullable: true, select: false }) tagList: string | null;

  @Field(() => Int) @VersionColumn() version: number;

  @Field() @Index() @CreateDateColumn(createdAtOptions) createdAt: Date;

  @Field() @UpdateDateColumn(updatedAtOptions) updatedAt: Date;
}
