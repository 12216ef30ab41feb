import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtOptions } from '../db/dialect';

/** A company web site whose forms post leads (the web site connector); its key is kept only as a SHA-256 hash. */
@Entity('site')
export class Site {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'varchar', length: 100, unique: true }) name: string;

  /** origins such as https://www.example.dk whose pages may post to the connector from a browser */
  @Column({ type: 'simple-array' }) allowedOrigins: string[];

  @Column({ type: 'varchar', length: 64, unique: true }) keyHash: string;

  /** where the site's leads go; null: to no division (stewards see them) */
  @Index() @Column({ type: 'int', nullable: true }) divisionId: number | null;

  @CreateDateColumn(createdAtOptions) createdAt: Date;
}
