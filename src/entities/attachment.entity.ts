import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtOptions, largeBinaryType } from '../db/dialect';
import { Node } from './node';

/** A file attached to exactly one lead, relation, contact or deal. */
@ObjectType({ implements: Node })
@Entity('attachment')
export class Attachment extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field() @Column({ type: 'varchar', length: 255 }) fileName: string;

  @Field() @Column({ type: 'varchar', length: 100 }) mediaType: string;

  @Field(() => Int) @Column({ type: 'int' }) size: number;

  @Column({ type: largeBinaryType, select: false }) content: Buffer;

  @Index() @Column({ type: 'int', nullable: true }) leadId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) relationId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) contactId: number | null;

  @Index() @Column({ type: 'int', nullable: true }) dealId: number | null;

  @Field() @CreateDateColumn(createdAtOptions) createdAt: Date;
}
