import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type AuditActorType = 'user' | 'api_key' | 'system' | 'anonymous';

/**
 * One entry of the audit log (docs/conventions.md rule 4): inserted, never updated or deleted (a
 * trigger refuses both and the application's role holds neither privilege), in the transaction
 * of the change it records. It takes no lock: the sealer links committed entries into the hash
 * chain (`audit_chain`) moments later, off the request path.
 */
@Entity('audit_events')
@Index(['entityType', 'entityId'])
@Index(['actorId'])
@Index(['at'])
@Index(['provinceCode', 'at'])
@Index(['xact'])
export class AuditEvent {
  /** The order entries were written in (their commits may come in another order). */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

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

  /**
   * The transaction that wrote it (`pg_current_xact_id()`), set by the database: the sealer
   * looks only at entries of transactions not yet finished at its last pass. Null on entries
   * chained before the sealer existed.
   */
  @Column({
    type: 'bigint',
    nullable: true,
    default: () => 'audit_xact()',
    select: false,
    insert: false,
    update: false,
  })
  xact!: string | null;
}

/**
 * The hash chain over the audit log: link `seq` holds entry `eventId`, hashed with the link
 * before (audit-chain.ts). Written only by the sealer, one at a time; append-only like the log.
 */
@Entity('audit_chain')
export class AuditChainLink {
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  @Index({ unique: true })
  @Column({ type: 'bigint' })
  eventId!: string;

  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sealedAt!: Date;
}

/**
 * The chain's head as the sealer published it from time to time (and wrote to the log):
 * `audit:verify` checks the chain still holds each, so removing the newest entries and chaining
 * again shows. Append-only.
 */
@Entity('audit_heads')
export class AuditHead {
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}

/**
 * The sealer's one row: the transactions whose entries its next pass may find new. Every
 * transaction below `nextXact` (its last snapshot's xmax) except the `pending` ones had ended at
 * its last pass, which saw and linked what they committed.
 */
@Entity('audit_seal')
export class AuditSealState {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'bigint' })
  nextXact!: string;

  @Column({ type: 'bigint', array: true })
  pending!: string[];
}
