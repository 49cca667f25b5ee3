import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Role } from '../../access/permissions.js';
import { Organization } from '../../organizations/entities/organization.entity.js';

/** An MFA enrolment started but not yet confirmed with a code. */
export interface PendingMfa {
  /** Encrypted with FieldCipher. */
  secret: string;
  recoveryCodeHashes: string[];
}

@Entity('users')
@Index(['organizationId'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower case; unique. */
  @Column({ type: 'varchar', length: 64, unique: true })
  username!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** Where notifications are also emailed; shown to a receiving agency as the sender's contact. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /** Work phone, shown to a receiving agency as the sender's contact. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  /** Province (2-digit) or commune (5-digit) codes the user works in; empty: the organisation's area. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  areaCodes!: string[];

  /** Argon2id (PHC string). */
  @Column({ type: 'text' })
  passwordHash!: string;

  /** Password set or second factor reset: sessions opened before it are over. */
  @Column({ type: 'timestamptz' })
  credentialsChangedAt!: Date;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'boolean', default: false })
  mfaEnabled!: boolean;

  /** TOTP secret, encrypted with FieldCipher. */
  @Column({ type: 'text', nullable: true })
  mfaSecret!: string | null;

  /** SHA-256 of each unused recovery code. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recoveryCodeHashes!: string[];

  /** Last TOTP time step accepted at sign-in: a code is never accepted twice. */
  @Column({ type: 'bigint', nullable: true })
  mfaLastStep!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  mfaPending!: PendingMfa | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
