import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Breakdown, Source, Unit, Where } from '../indicators.js';

/**
 * A statistical indicator (Circular 13/2021): set I (children's situation) or III (abuse), a code
 * unique within its set. Seeded from src/database/reference-data/indicators.json; counts and rates
 * over the precomputed cells are added as rows.
 */
@Entity('indicator_definitions')
export class IndicatorDefinitionEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  set!: string;

  @PrimaryColumn({ type: 'varchar', length: 4 })
  code!: string;

  @Column({ type: 'text' })
  nameVi!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'varchar', length: 10 })
  unit!: Unit;

  @Column({ type: 'varchar', length: 10, default: 'year' })
  period!: string;

  @Column({ type: 'varchar', length: 20 })
  source!: Source;

  @Column({ type: 'jsonb' })
  count!: Where;

  @Column({ type: 'jsonb', nullable: true })
  per!: Where | null;

  @Column({ type: 'varchar', length: 20, array: true })
  breakdowns!: Breakdown[];

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'boolean', default: false })
  codeVerified!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
