import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity.js';
import type { CaseStatus, ProtectionLevel } from '../case-workflow.js';

export const CASE_SOURCES = [
  'hotline_111',
  'police',
  'health',
  'school',
  'commune',
  'public',
  'self',
  'other',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CASE_CHANNELS = ['phone', 'in_person', 'third_party', 'online'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** What the case keeps of the chair's isolation decision: nothing sensitive. */
export interface IsolationDecisionRecord {
  /** Số quyết định, as issued: "15/QĐ-UBND". */
  number: string;
  /** The decision's date, YYYY-MM-DD. */
  decidedOn: string;
  /** The chair (a user id). */
  decidedBy: string;
  /** The children of the case it isolates. */
  childIds: string[];
}

/**
 * A child-protection case (hồ sơ trường hợp): its current state. What happened to it is in
 * case_events; what is sensitive (the report's narrative, the reporter, the place) is sealed with
 * FieldCipher in `intake`.
 */
@Entity('cases')
@Index(['communeCode', 'seq'])
@Index(['assignedTo'], { where: "status <> 'closed'" })
@Index(['createdBy', 'seq'])
export class Case {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order of intake, for lists (newest first). */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', unique: true })
  seq!: string;

  /** BVTE-<commune>-<year>-<sequence>, e.g. BVTE-00004-2026-0001. */
  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  /** The commune where it happened: its committee handles the case. */
  @Column({ type: 'varchar', length: 5 })
  communeCode!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: CaseStatus;

  /** Where a refused closure proposal returns to. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  statusBeforeClosure!: CaseStatus | null;

  /** Set at the initial assessment; can change later, each change in the timeline. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  level!: ProtectionLevel | null;

  @Column({ type: 'varchar', length: 20 })
  source!: CaseSource;

  @Column({ type: 'varchar', length: 12, nullable: true })
  channel!: CaseChannel | null;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  /** Forms of abuse reported (reference list abuse-forms). */
  @Column({ type: 'varchar', length: 40, array: true })
  concerns!: string[];

  /** Where the harm happened (reference list abuse-settings): family, school, community, online. */
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  settings!: string[];

  /** Sealed JSON `{summary, location, reporter}` (Mẫu 01). */
  @Column({ type: 'text' })
  intake!: string;

  @Column({ type: 'boolean', nullable: true })
  immediateDanger!: boolean | null;

  /** Temporary isolation (cách ly tạm thời) in progress or last held; details in its event. */
  @Column({ type: 'timestamptz', nullable: true })
  isolationStartedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  isolationEndsAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  isolationEndedAt!: Date | null;

  /**
   * The commune chair's decision behind that isolation (Decree 56/2017 art. 32); its full text
   * (the place, from whom, the reason, the legal bases) is sealed in its `isolation` event. Null
   * for an isolation a social worker recorded before the chair's decision was asked for.
   */
  @Column({ type: 'jsonb', nullable: true })
  isolationDecision!: IsolationDecisionRecord | null;

  /** The social worker in charge. */
  @Column({ type: 'uuid', nullable: true })
  assignedTo!: string | null;

  /** Who recorded the report (Mẫu 01): a user, or a system client's API key. */
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  /**
   * The receiving point (nơi tiếp nhận thông tin) where the report was recorded: the commune
   * committee, the police, a school, a health facility, the 111 hotline. It issues Mẫu 01.
   */
  @Column({ type: 'uuid', nullable: true })
  receivingOrganizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_organization_id' })
  receivingOrganization?: Organization;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** When its retention policy anonymised it (privacy module): its report, forms and notes. */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  @Column({ type: 'integer' })
  version!: number;
}
