import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AuditActorType = 'user' | 'api_key' | 'system' | 'anonymous';

/**
 * One entry of the audit log (conventions.md rule 4): inserted, never updated or deleted (a
 * trigger refuses both and the application's role holds neither privilege). `seq` numbers the
 * entries without gaps and `hash` chains each to the one before, so `npm run audit:verify` finds
 * any entry altered or removed.
 */
@Entity('audit_events')
@Index(['entityType', 'entityId'])
@Index(['actorId'])
@Index(['at'])
@Index(['provinceCode', 'at'])
export class AuditEvent {
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 10 })
  actorType!: AuditActorType;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** Username or key name at the time (a failed sign-in names the username tried). */
  @Column({ type: 'text', nullable: true })
  actorName!: string | null;

  /** `auth.login`, `auth.login_failed`, `user.updated`, `child.read`, ... */
  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  entityType!: string | null;

  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  /** Area of the entity (or of the actor), so province officers can read their province's log. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  provinceCode!: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  communeCode!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
