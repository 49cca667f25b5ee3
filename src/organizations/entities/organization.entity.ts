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
import type { OrganizationType } from '../../access/organization-types.js';
import { Area } from '../../areas/entities/area.entity.js';

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
