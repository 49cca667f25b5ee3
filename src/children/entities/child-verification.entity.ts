import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Sex } from './child.entity.js';

export const VERIFICATION_METHODS = ['online', 'file'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];
export const VERIFICATION_OUTCOMES = ['verified', 'mismatch', 'not_found'] as const;
export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];

/** The fields a check compares, as sent and as the population database holds them. */
export interface PersonFields {
  fullName: string;
  dateOfBirth: string;
  sex: Sex;
  personalId: string | null;
}

/**
 * One check of a record against the national population database: what was sent, what the
 * database answered, when, how and on whose behalf. Inserted, never changed (append-only): the
 * record's `verificationId` names the last one.
 */
@Entity('child_verifications')
@Index(['childId', 'checkedAt'])
export class ChildVerification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  childId!: string;

  /** The verification run that made the check (population module), if one did. */
  @Column({ type: 'uuid', nullable: true })
  runId!: string | null;

  @Column({ type: 'varchar', length: 6 })
  method!: VerificationMethod;

  @Column({ type: 'varchar', length: 10 })
  outcome!: VerificationOutcome;

  /** Our fields as they were sent. */
  @Column({ type: 'jsonb' })
  sent!: PersonFields;

  /** The database's fields; null when it found no such person. */
  @Column({ type: 'jsonb', nullable: true })
  found!: PersonFields | null;

  @CreateDateColumn({ type: 'timestamptz' })
  checkedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorName!: string | null;
}
