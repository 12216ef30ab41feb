import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtOptions } from '../db/dialect';
import type { MatchModel } from '../quality/matching/match-model';

/** A match model `crm dedupe train` estimated; the latest one scores every pair. */
@Entity('match_model')
export class TrainedModel {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'simple-json' }) model: MatchModel;

  @CreateDateColumn(createdAtOptions) createdAt: Date;
}
