import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { createdAtOptions, largeTextType, timestampOptions, updatedAtOptions } from '../db/dialect';
import { ActivityType } from './enums';
import { Node } from './node';

/** A call, meeting, task, e-mail or note attached to exactly one lead, relation, contact or deal. */
@ObjectType({ implements: Node })
@Entity('activity')
export class Activity extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field(() => ActivityType) @Column({ type: 'varchar', length: 10 }) type: ActivityType;

  @Field() @Column({ type: 'varchar', length: 255 }) subject: string;

  @Field(() => String, { nullable: true }) @Column({ type: largeTextType, nullable: true }) body: string | null;

  @Field(() => Date, { nullable: true }) @Index() @Column({ ...timestampOptions, nullable: true }) dueAt: Date | null;

  @Field(() => Date, { nullable: true }) @Column({ ...timestampOptions, nullable: true }) doneAt: Date | null;

  @Index() @Column({ type: 'int', nullable: true }) ownerId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) leadId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) relationId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) contactId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) dealId: number | null;

  @Field() @Index() @CreateDateColumn(createdAtOptions) createdAt: Date;

  @Field() @UpdateDateColumn(updatedAtOptions) updatedAt: Date;
}
