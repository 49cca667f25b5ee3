import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity.js';
import type { Permission } from '../../access/permissions.js';

/**
 * A credential for a system client (the 111 hotline's system submitting reports). The key is
 * `bvte_<prefix>_<secret>`: the prefix finds the row, the secret is kept as its SHA-256.
 */
@Entity('api_keys')
@Index(['organizationId'])
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text', array: true })
  permissions!: Permission[];

  @Column({ type: 'varchar', length: 16, unique: true })
  prefix!: string;

  @Column({ type: 'char', length: 64 })
  secretHash!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
