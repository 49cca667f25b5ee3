import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { DeadlineKind } from '../deadlines.js';
import { Case } from './case.entity.js';

/**
 * open: still owed; done: the step was taken (met or late); not_done: it will not be (a plan
 * action not carried out); not_needed: made moot.
 */
export type DeadlineState = 'open' | 'done' | 'not_done' | 'not_needed';

/**
 * A deadline the service keeps (deadlines.ts says which step opens and closes each): one row per
 * case, kind and item, where the item names which plan action or referral it is ('' for the
 * case's own steps). Its due time moves when the law allows (a new review date, an isolation
 * extended); its jobs carry the due time they were set for, so a stale one is a no-op.
 */
@Entity('deadlines')
@Index(['dueAt'], { where: "state = 'open'" })
export class Deadline {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  kind!: DeadlineKind;

  /** The plan action's id or the referral's id; '' for the case's own steps. */
  @PrimaryColumn({ type: 'varchar', length: 40, default: '' })
  item!: string;

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  state!: DeadlineState;

  /** When the step was taken, or when it became moot. */
  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;
}
