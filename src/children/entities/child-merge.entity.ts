import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Child } from './child.entity.js';

/**
 * A merge of a duplicate record into a surviving one (gộp hồ sơ trùng). Both records as they
 * were before are kept, so the merge can be undone while the survivor has not changed since.
 */
@Entity('child_merges')
@Index(['survivorId'])
@Index(['mergedId'])
export class ChildMerge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  survivorId!: string;

  @Column({ type: 'uuid' })
  mergedId!: string;

  /** The survivor's record before the merge. */
  @Column({ type: 'jsonb' })
  survivorBefore!: Partial<Child>;

  /** The merged record before the merge. */
  @Column({ type: 'jsonb' })
  mergedBefore!: Partial<Child>;

  /** The survivor's version the merge produced: undo applies only to it. */
  @Column({ type: 'integer' })
  survivorVersion!: number;

  @Column({ type: 'uuid' })
  mergedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  mergedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  undoneBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  undoneAt!: Date | null;
}
