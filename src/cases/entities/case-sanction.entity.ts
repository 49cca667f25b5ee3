import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { SEALED_TEXT } from '../../common/field-cipher.js';
import { Case } from './case.entity.js';

/** Who was sanctioned: a person or an organisation (a school, a company, an establishment). */
export const VIOLATOR_KINDS = ['individual', 'organization'] as const;
export type ViolatorKind = (typeof VIOLATOR_KINDS)[number];

/**
 * An administrative sanction for an act of abuse in a case (Circular 13/2021's second set: the
 * administrative handling of child abuse): the decision's number and day, the authority that made
 * it, who was sanctioned (persons or organisations, and how many), for which form of abuse, the
 * fine (in all), and the other penalties and remedial measures. One row a decision, or its part
 * for persons and its part for organisations where it sanctions both: each recorded on a case
 * once. Counted by the statistics in the case's area, in the year of the decision.
 */
@Entity('case_sanctions')
@Index(['caseId', 'decisionNumber', 'violatorKind'], { unique: true })
@Index(['decidedOn'])
@Check('CHK_case_sanctions_violator', `"violator_kind" IN ('individual', 'organization')`)
@Check('CHK_case_sanctions_fine', '"fine" IS NULL OR "fine" >= 0')
@Check('CHK_case_sanctions_violators', '"violators" >= 1')
export class CaseSanction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  /** The decision's number as written on it (12/QĐ-XPVPHC). */
  @Column({ type: 'varchar', length: 60 })
  decisionNumber!: string;

  @Column({ type: 'date' })
  decidedOn!: string;

  /** Who made it (Chủ tịch UBND xã…, Trưởng Công an xã…, Chánh Thanh tra Sở…). */
  @Column({ type: 'text' })
  authority!: string;

  @Column({ type: 'varchar', length: 20 })
  violatorKind!: ViolatorKind;

  /**
   * How many persons or organisations (of that kind) the decision sanctions: one decision may
   * sanction several who did the same act (Law on Handling Administrative Violations, art. 67).
   */
  @Column({ type: 'smallint', default: 1 })
  violators!: number;

  /** The form of abuse sanctioned: a code of the list `abuse-forms`. */
  @Column({ type: 'varchar', length: 40 })
  form!: string;

  /**
   * In đồng, for all those the row sanctions (a decision's part, where it has two); null where it
   * fined nothing (a warning, another penalty only).
   */
  @Column({ type: 'integer', nullable: true })
  fine!: number | null;

  /** Other penalties and remedial measures: details of the abuser, sealed at rest. */
  @Column({ type: 'text', nullable: true, transformer: SEALED_TEXT })
  measures!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'text', nullable: true })
  createdByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
