import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtOptions } from '../db/dialect';

/** A bearer token of a user, kept only as its SHA-256 hash. */
@Entity('api_token')
export class ApiToken {
  @PrimaryGeneratedColumn() id: number;

  @Index() @Column({ type: 'int' }) userId: number;

  @Column({ type: 'varchar', length: 64, unique: true }) tokenHash: string;

  @CreateDateColumn(createdAtOptions) createdAt: Date;
}
