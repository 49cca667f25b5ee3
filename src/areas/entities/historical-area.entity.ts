import { Column, Entity, PrimaryColumn } from 'typeorm';

export type HistoricalAreaLevel = 'province' | 'district' | 'commune';

/**
 * A unit of the three-tier system before the 2025 merger (63 provinces, 696 districts, 10,035
 * communes), kept so records carrying old codes can be read and mapped. Old codes may now name a
 * different unit, so they live apart from the current ones.
 */
@Entity('historical_areas')
export class HistoricalArea {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  level!: HistoricalAreaLevel;

  @PrimaryColumn({ type: 'varchar', length: 5 })
  code!: string;

  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'varchar', length: 5, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ type: 'date' })
  validUntil!: string;
}
