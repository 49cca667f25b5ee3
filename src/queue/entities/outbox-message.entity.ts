import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job to enqueue, written in the same transaction as the change that calls for it
 * (conventions.md rule 3). The relay moves it to BullMQ; the BullMQ job id is `jobKey`, so
 * dispatching a message twice enqueues it once, and every handler tolerates a second delivery.
 */
@Entity('outbox_messages')
@Index('outbox_messages_pending_idx', ['runAt'], { where: 'dispatched_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  jobName!: string;

  /** Idempotency key of the job: the BullMQ job id. */
  @Column({ type: 'varchar', length: 200, unique: true })
  jobKey!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** Run not before this instant (a delayed job, such as a deadline check). */
  @Column({ type: 'timestamptz' })
  runAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
