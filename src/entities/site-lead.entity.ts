import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { createdAtOptions } from '../db/dialect';

/** A lead a site posted, with the idempotency key of the post: a retry with the same key answers this lead. */
@Entity('site_lead')
@Unique('UQ_site_lead_request_key', ['siteId', 'requestKey'])
export class SiteLead {
  @PrimaryGeneratedColumn() id: number;

  @Column({ type: 'int' }) siteId: number;

  @Index() @Column({ type: 'int' }) leadId: number;

  /** the Idempotency-Key header or the form's externalId; null when the post had neither */
  @Column({ type: 'varchar', length: 100, nullable: true }) requestKey: string | null;

  @CreateDateColumn(createdAtOptions) createdAt: Date;
}
