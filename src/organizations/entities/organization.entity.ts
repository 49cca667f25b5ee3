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
import { Area } from '../../areas/entities/area.entity.js';

export const ORGANIZATION_TYPES = [
  'commune_committee', // Ủy ban nhân dân cấp xã
  'social_work_center', // Trung tâm công tác xã hội
  'police', // Công an
  'health_facility', // cơ sở y tế
  'school', // cơ sở giáo dục
  'justice_office', // Tư pháp
  'provincial_department', // Sở (Sở Y tế holds the children's portfolio since 03/2025)
  'hotline', // Tổng đài 111
  'mass_organization', // Hội LHPN, Đoàn TN
  'ministry', // Bộ, cơ quan trung ương: national oversight; its users may cover every province
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** An agency or office users belong to and referrals are addressed to, placed in an area. */
@Entity('organizations')
@Index(['provinceCode', 'communeCode'])
@Index(['type'])
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: OrganizationType;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  @ManyToOne(() => Area, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code' })
  province?: Area;

  /** Set for commune-level organisations (commune committee, school, health station). */
  @Column({ type: 'varchar', length: 5, nullable: true })
  communeCode!: string | null;

  @ManyToOne(() => Area, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_code' })
  commune?: Area;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organization;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
