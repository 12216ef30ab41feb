import { Authorized, Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { createdAtOptions, updatedAtOptions } from '../db/dialect';
import { DuplicateClusterStatus, RecordType, UserRole, type EntityType } from './enums';
import { Node } from './node';

/**
 * Relations, contacts or leads the matching engine takes for one and the same,
 * linked by pairs scoring at or above the model's threshold. An OPEN cluster is
 * kept current as its records change; a record is in one OPEN cluster at most.
 * MERGED and DISMISSED clusters stay as they were, for the history.
 */
@ObjectType({ implements: Node, description: 'Records that are probably duplicates of each other' })
@Entity('duplicate_cluster')
@Index(['status', 'score'])
@Index(['entityType', 'status', 'score'])
@Index(['entityType', 'status', 'anchorId'])
export class DuplicateCluster extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Authorized(UserRole.STEWARD)
  @Field(() => RecordType)
  @Column({ type: 'varchar', length: 10 })
  entityType: EntityType;

  @Authorized(UserRole.STEWARD)
  @Field(() => DuplicateClusterStatus)
  @Column({ type: 'varchar', length: 10 })
  status: DuplicateClusterStatus;

  @Authorized(UserRole.STEWARD)
  @Field(() => Float, {
    description: 'The weakest link: every pair that ties the members together scores at least this (0..1)',
  })
  @Column({ type: 'double' })
  score: number;

  @Authorized(UserRole.STEWARD) @Field(() => Int) @Column({ type: 'int' }) memberCount: number;

  /** the member with the smallest id; among the OPEN clusters of a type it names the cluster */
  @Column({ type: 'int' }) anchorId: number;

  @Authorized(UserRole.STEWARD)
  @Field({ description: "The members' names, as search finds them" })
  @Column({ type: 'varchar', length: 500 })
  label: string;

  @Authorized(UserRole.STEWARD) @Field() @CreateDateColumn(createdAtOptions) createdAt: Date;

  @Authorized(UserRole.STEWARD) @Field() @UpdateDateColumn(updatedAtOptions) updatedAt: Date;
}
