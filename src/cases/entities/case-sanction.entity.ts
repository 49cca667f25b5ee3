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
 * An administrative violation of child abuse in a case and its handling (Circular 13/2021's
 * second set: the administrative handling of child abuse): the day it was detected (its violation
 * record drawn up), who was found in violation (persons or organisations, and how many), for
 * which form of abuse, and, once decided, the decision sanctioning it: its number and day, the
 * authority, the fine (in all), the other penalties and remedial measures. One row a violation, or
 * its part for persons and its part for organisations where it concerns both: each decision
 * recorded on a case once. Counted by the statistics in the case's area: as detected in the year
 * of its detection, as sanctioned in the year of its decision.
 */
@Entity('case_sanctions')
@Index(['caseId', 'decisionNumber', 'violatorKind'], { unique: true })
@Index(['decidedOn'])
@Index(['detectedOn'])
@Check('CHK_case_sanctions_violator', `"violator_kind" IN ('individual', 'organization')`)
@Check('CHK_case_sanctions_fine', '"fine" IS NULL OR "fine" >= 0')
@Check('CHK_case_sanctions_violators', '"violators" >= 1')
@Check('CHK_case_sanctions_decision', '("decision_number" IS NULL) = ("decided_on" IS NULL)')
@Check('CHK_case_sanctions_decided', '"decided_on" IS NULL OR "decided_on" >= "detected_on"')
@Check(
  'CHK_case_sanctions_penalties',
  '("fine" IS NULL AND "measures" IS NULL) OR "decided_on" IS NOT NULL',
)
export class CaseSanction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  /**
   * The day the violation was detected: its violation record's day, or the decision's where none
   * was drawn up (a warning given on the spot).
   */
  @Column({ type: 'date' })
  detectedOn!: string;

  /** The decision's number as written on it (12/QĐ-XPVPHC); null until it is decided. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  /**
   * Who handles it: who made the decision, or until then who drew up the record (Chủ tịch UBND
   * xã…, Trưởng Công an xã…, Chánh Thanh tra Sở…).
   */
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
   * fined nothing (a warning, another penalty only) or nothing is decided yet.
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
