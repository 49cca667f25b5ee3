import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Case } from './case.entity.js';
import type { CaseStatus } from '../case-workflow.js';

/**
 * One step of a case (intake, each form, assignment, each decision): who, when, from which status
 * to which. Inserted, never updated or deleted. `content` is the form as submitted, sealed with
 * FieldCipher; `facts` holds only what is not sensitive (level, outcome, assignee, dates).
 */
@Entity('case_events')
@Index(['caseId', 'id'])
export class CaseEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The actor's full name (or the system client's name) at the time; null for the system. */
  @Column({ type: 'text', nullable: true })
  actorName!: string | null;

  /** intake, an action of case-workflow.ts, or deadline_missed. */
  @Column({ type: 'varchar', length: 30 })
  action!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus!: CaseStatus | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  toStatus!: CaseStatus | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  facts!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  content!: string | null;
}
