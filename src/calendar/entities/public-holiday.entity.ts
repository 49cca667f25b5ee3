import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { HolidayKind } from '../working-days.js';

/**
 * A day that breaks the rule "Monday to Friday are working days": a public holiday or a day off in
 * its place (`day_off`), or a weekend day declared worked in exchange for a bridge day
 * (`working_day`). Seeded for the coming years; administrators keep it as the government announces
 * each year's schedule.
 */
@Entity('public_holidays')
export class PublicHoliday {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: HolidayKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
