import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobActor } from '../../access/actor.js';

/**
 * queued → running → done; `waiting` while the population database is unreachable or the day's
 * quota is spent (the job is scheduled again), `failed` when it refuses us (credentials).
 */
export const RUN_STATUSES = ['queued', 'running', 'waiting', 'done', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/**
 * Checking a commune's children against the national population database online (đối chiếu
 * với CSDL quốc gia về dân cư), as a job: children are taken in id order in batches, and the
 * counters and the last id reached commit with each batch's results, so a run resumes after a
 * restart where it stopped and never checks a child twice.
 */
@Entity('verification_runs')
@Index(['communeCode', 'createdAt'])
export class VerificationRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 5 })
  communeCode!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: RunStatus;

  /** Check again the children already checked today. */
  @Column({ type: 'boolean', default: false })
  force!: boolean;

  /** Who started it: the run reads and writes with their rights. */
  @Column({ type: 'jsonb' })
  actor!: JobActor;

  /** Children to check, counted when the run starts. */
  @Column({ type: 'integer', nullable: true })
  total!: number | null;

  @Column({ type: 'integer', default: 0 })
  processed!: number;

  @Column({ type: 'integer', default: 0 })
  verified!: number;

  @Column({ type: 'integer', default: 0 })
  mismatched!: number;

  @Column({ type: 'integer', default: 0 })
  notFound!: number;

  /** The last child (by id) whose check has committed. */
  @Column({ type: 'uuid', nullable: true })
  cursor!: string | null;

  /** Why the run waits or failed, in Vietnamese and English. */
  @Column({ type: 'jsonb', nullable: true })
  message!: { vi: string; en: string } | null;

  /** When a waiting run tries again. */
  @Column({ type: 'timestamptz', nullable: true })
  resumeAt!: Date | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/**
 * Lookups sent to the population database on a day (Vietnam time), shared by every worker: the
 * agreement with its operator allows so many a day (POPULATION_DAILY_QUOTA).
 */
@Entity('population_quota_days')
export class PopulationQuotaDay {
  @Column({ type: 'date', primary: true })
  day!: string;

  @Column({ type: 'integer', default: 0 })
  used!: number;
}
