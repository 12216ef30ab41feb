import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';
import { type ComparisonField, REASON_OUTCOMES, type ReasonCode } from '../quality/matching/comparison-levels';
import type { Evidence } from '../quality/matching/match-scorer';
import type { EntityType } from './enums';

/** Evidence as [field, reason, weight to 3 decimals] triples, the outcome following from the reason: half the JSON of the objects. */
const compactEvidence: ValueTransformer = {
  to: (evidence: Evidence[] | undefined) =>
    evidence &&
    JSON.stringify(evidence.map(({ field, reason, weight }) => [field, reason, Math.round(weight * 1000) / 1000])),
  from: (stored: string | null): Evidence[] =>
    stored == null
      ? []
      : (JSON.parse(stored) as [ComparisonField, ReasonCode, number][]).map(([field, reason, weight]) => ({
          field,
          outcome: REASON_OUTCOMES[reason],
          weight,
          reason,
        })),
};

/** A link of a duplicate cluster: two of its records (aId < bId), their score and the evidence for it, as scored. */
@ObjectType({ description: 'Two records of a cluster, and why the engine takes them for the same' })
@Entity('duplicate_pair')
@Index(['clusterId'])
export class DuplicatePair {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) clusterId: number;

  @Column({ type: 'varchar', length: 10 }) entityType: EntityType;

  @Column({ type: 'int' }) aId: number;

  @Column({ type: 'int' }) bId: number;

  @Field(() => Float, { description: 'Match probability 0..1' }) @Column({ type: 'double' }) score: number;

  @Column({ type: 'text', transformer: compactEvidence }) evidence: Evidence[];
}
