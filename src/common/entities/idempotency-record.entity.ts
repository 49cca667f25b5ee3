import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type IdempotencyState = 'pending' | 'done';

/**
 * A POST made with an `Idempotency-Key`: the caller's key, a hash of what was asked, and once it
 * answered, the answer, which the same key and body get again for 24 hours.
 */
@Entity('idempotency_keys')
@Index(['createdAt'])
export class IdempotencyRecord {
  /** The user's or API key's id. */
  @PrimaryColumn({ type: 'uuid' })
  actorId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  /** SHA-256 of the method, the path and the body. */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  @Column({ type: 'varchar', length: 10 })
  state!: IdempotencyState;

  @Column({ type: 'integer', nullable: true })
  statusCode!: number | null;

  /** The answer's ETag and Location, when it had them. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  headers!: Record<string, string>;

  @Column({ type: 'jsonb', nullable: true })
  body!: unknown;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
