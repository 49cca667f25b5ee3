import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Case } from './case.entity.js';

export const DEADLINE_KINDS = [
  'initial_assessment', // đánh giá ban đầu (Mẫu 02)
  'emergency_action', // biện pháp bảo vệ khẩn cấp, 12 giờ
  'plan', // kế hoạch hỗ trợ, can thiệp (Mẫu 04), 5 ngày làm việc
  'plan_approval', // phê duyệt kế hoạch (Mẫu 05), 7 ngày làm việc
  'isolation', // cách ly tạm thời, tối đa 15 ngày
  'review', // rà soát, đánh giá (Mẫu 06), as the plan sets
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** open: still to do; done: the step was taken (met or late); not_needed: the case made it moot. */
export type DeadlineState = 'open' | 'done' | 'not_needed';

/**
 * A deadline of a case: one row per kind, its due time moved when the law allows (a new review
 * date, an isolation extended). Jobs carry the due time they were set for, so a stale one is a no-op.
 */
@Entity('case_deadlines')
@Index(['dueAt'], { where: "state = 'open'" })
export class CaseDeadline {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind!: DeadlineKind;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  state!: DeadlineState;

  /** When the step was taken. */
  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;
}
