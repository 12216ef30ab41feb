import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtOptions, timestampOptions } from '../db/dialect';
import { toGlobalId } from '../schema/global-id';
import type { User } from './user.entity';

/** A bearer token of a user, kept only as its SHA-256 hash; the secret itself is shown once, when it is made. */
@ObjectType({ description: 'An API token of a user: when it was made and last used, when it expires; never the token' })
@Entity('api_token')
export class ApiToken {
  @PrimaryGeneratedColumn() id: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global id, for revokeApiToken' })
  get globalId(): string {
    return toGlobalId('ApiToken', this.id);
  }

  @Index() @Column({ type: 'int' }) userId: number;

  @Column({ type: 'varchar', length: 64, unique: true }) tokenHash: string;

  @Field(() => String, { nullable: true, description: 'What the token is for, as its maker named it' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  name: string | null;

  @Field() @CreateDateColumn(createdAtOptions) createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null: it never expires' })
  @Column({ ...timestampOptions, nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ ...timestampOptions, nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Recorded at most once a minute, so up to a minute behind' })
  @Column({ ...timestampOptions, nullable: true })
  lastUsedAt: Date | null;

  /** the token's user, when a query joined it */
  user?: User;
}
