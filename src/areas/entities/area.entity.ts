import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AreaLevel = 'province' | 'commune';

/**
 * An administrative unit in force: the 34 provinces and 3,321 commune-level units (phường, xã,
 * đặc khu) of the two-tier local government since 01/07/2025. GSO codes: 2 digits for a province,
 * 5 for a commune, so a code names one current unit.
 */
@Entity('areas')
@Index(['provinceCode', 'level'])
export class Area {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code!: string;

  @Column({ type: 'varchar', length: 10 })
  level!: AreaLevel;

  /** Short name without the unit type ("Ba Đình"). */
  @Column({ type: 'text' })
  name!: string;

  /** Official name with the unit type ("Phường Ba Đình"). */
  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'text', nullable: true })
  nameEn!: string | null;

  /** Thành phố, Tỉnh, Phường, Xã, Đặc khu. */
  @Column({ type: 'text' })
  unitType!: string;

  /** The province of a commune; null for a province. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  provinceCode!: string | null;

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;
}
