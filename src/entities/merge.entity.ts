import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtOptions, timestampOptions } from '../db/dialect';
import { RecordType, type EntityType } from './enums';
import { Node } from './node';

/** A survivor's field as the merge set it: taken from one of the records (fromId), or given. */
export interface MergedFieldValue {
  field: string;
  /** as the API shows it: text, or the global id of a referenced user, division or relation */
  value: string | null;
  fromId: number | null;
}

/**
 * A merge of relations, contacts or leads into a survivor. Its before-images
 * (MergeChange) let undoMerge write back every row it changed.
 */
@ObjectType({
  implements: Node,
  description: 'A recorded merge: the records merged into a survivor, and the field values it chose',
})
@Entity('record_merge')
@Index(['entityType', 'survivorId'])
export class Merge extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field(() => RecordType) @Column({ type: 'varchar', length: 10 }) entityType: EntityType;

  @Column({ type: 'int' }) survivorId: number;

  /** the survivor's fields the merge chose or filled in */
  @Column({ type: 'simple-json' }) fieldValues: MergedFieldValue[];

  @Field() @Index() @CreateDateColumn(createdAtOptions) createdAt: Date;

  @Column({ type: 'int', nullable: true }) createdById: number | null;

  @Field(() => Date, { nullable: true }) @Column({ ...timestampOptions, nullable: true }) undoneAt: Date | null;

  @Column({ type: 'int', nullable: true }) undoneById: number | null;
}
