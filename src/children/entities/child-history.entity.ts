import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What changed on a child's record, who changed it and when: inserted with the change, never
 * updated or deleted (append-only, like the audit log).
 */
@Entity('child_history')
@Index(['childId', 'id'])
export class ChildHistory {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  childId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The actor's full name at the time. */
  @Column({ type: 'text', nullable: true })
  actorName!: string | null;

  /**
   * created, updated, imported, merged, merge_undone, verification_accepted,
   * verification_disputed, moved (to the commune the population database names)
   */
  @Column({ type: 'varchar', length: 30 })
  action!: string;

  /** The import that made the change, if one did. */
  @Column({ type: 'uuid', nullable: true })
  importId!: string | null;

  /**
   * Why, where the change needed one: a field checked against the population database changed by
   * hand, or the database's value disputed.
   */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** `{field: {from, to}}` */
  @Column({ type: 'jsonb' })
  changes!: Record<string, { from: unknown; to: unknown }>;
}
