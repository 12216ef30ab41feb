import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampOptions } from '../db/dialect';
import { toGlobalId } from '../schema/global-id';
import { Severity, type EntityType } from './enums';

/**
 * What one validation rule found on one field of a lead, relation or contact,
 * kept current in the transaction of every write of the record. There is one
 * row per record, rule and field (the sync keeps it so), so its id survives
 * edits that leave the problem in place. An ignored finding keeps the value
 * it was ignored at: once the value changes, it is open again.
 */
@ObjectType({ description: 'What a data-quality rule found on one field of a record' })
@Entity('validation_finding')
@Index(['code', 'listed', 'recordKey'])
@Index(['code', 'listed', 'ownerId', 'recordKey'])
export class Finding {
  @PrimaryGeneratedColumn() id: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global id; applySuggestedFix and ignoreFinding take it' })
  get globalId(): string {
    return toGlobalId('Finding', this.id);
  }

  /** the record, as record-key.ts packs it: the report's order and its join to validation_entry */
  @Index() @Column({ type: 'int' }) recordKey: number;

  @Column({ type: 'varchar', length: 10 }) entityType: EntityType;

  @Field({ description: "The rule's stable code, e.g. PHONE_INVALID" })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field(() => Severity) @Column({ type: 'varchar', length: 10 }) severity: Severity;

  @Field({ description: "The field the rule read; alternatives joined by '|'" })
  @Column({ type: 'varchar', length: 100 })
  field: string;

  @Field() @Column({ type: 'varchar', length: 1000 }) message: string;

  @Field(() => String, { nullable: true, description: 'The offending value as stored; null when it is missing' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  value: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What applySuggestedFix writes; null when the rule has no suggestion',
  })
  @Column({ type: 'varchar', length: 255, nullable: true })
  suggestedValue: string | null;

  /** whether this finding lists its record under its rule in the report: the first open finding of its rule on the record */
  @Column({ type: 'boolean' }) listed: boolean;

  @Column({ type: 'int', nullable: true }) divisionId: number | null;

  @Column({ type: 'int', nullable: true }) ownerId: number | null;

  @Field(() => Date, { nullable: true }) @Column({ ...timestampOptions, nullable: true }) ignoredAt: Date | null;

  @Column({ type: 'int', nullable: true }) ignoredById: number | null;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 500, nullable: true }) ignoredReason:
    string | null;

  @Field({ description: 'Ignored as a false alarm; open again once the value changes' })
  get ignored(): boolean {
    return this.ignoredAt !== null;
  }
}
