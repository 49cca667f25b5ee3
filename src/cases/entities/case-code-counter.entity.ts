import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last sequence number given to a case of a commune in a year (for the case code). */
@Entity('case_code_counters')
export class CaseCodeCounter {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  communeCode!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  last!: number;
}
