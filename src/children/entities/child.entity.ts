import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { SEALED_TEXT } from '../../common/field-cipher.js';

export const SEXES = ['male', 'female', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const DOB_PRECISIONS = ['exact', 'year', 'estimated'] as const;
export type DobPrecision = (typeof DOB_PRECISIONS)[number];
export const CAREGIVER_RELATIONS = ['father', 'mother', 'guardian', 'other'] as const;

export interface Caregiver {
  relation: (typeof CAREGIVER_RELATIONS)[number];
  fullName: string;
  personalId?: string | null;
  phone?: string | null;
}

/**
 * Where a record stands against the national population database (CSDL quốc gia về dân cư):
 * `verified` when its name, date of birth, sex and personal ID agree with the database's; a
 * `mismatch` or `not_found` waits in the commune's reconciliation worklist until the officer takes
 * the database's values or `disputes` them. A change to one of those fields by any other way
 * makes the record `unchecked` again (the trigger of migration PopulationVerification).
 */
export const VERIFICATION_STATUSES = [
  'unchecked',
  'verified',
  'mismatch',
  'not_found',
  'disputed',
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** A special circumstance (Law on Children art. 10) or a risk factor, with when it began and ended. */
export interface FlagEntry {
  code: string;
  subCode?: string | null;
  since?: string | null;
  until?: string | null;
}

/**
 * A child in the registry (phần mềm quản lý thông tin trẻ em). `age` and `isChild` are computed
 * when read, never stored. Names are stored in NFC, and in `nameSearch` without diacritics for
 * search (name-search.ts) and for scoring duplicate candidates (trigram similarity).
 */
@Entity('children')
@Index('children_name_keys', { synchronize: false })
@Index('children_special_circumstances_gin', { synchronize: false })
// Lists read (area, name, id) from these alone (index-only), the name filter included.
@Index(['communeCode', 'nameSearch', 'id'], { where: 'merged_into IS NULL' })
@Index(['provinceCode', 'nameSearch', 'id'], { where: 'merged_into IS NULL' })
@Index(['communeCode', 'verificationStatus', 'id'], {
  where: "merged_into IS NULL AND verification_status IN ('mismatch', 'not_found', 'disputed')",
})
@Index(['dateOfBirth'])
@Index(['fingerprint'])
export class Child {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** ` nguyen van an `: see vietnamese-name.ts. Compared by bytes. */
  @Column({ type: 'text', collation: 'C' })
  nameSearch!: string;

  /** YYYY-MM-DD; with `year` or `estimated` precision only the year (or less) is known. */
  @Column({ type: 'date' })
  dateOfBirth!: string;

  @Column({ type: 'varchar', length: 10, default: 'exact' })
  dobPrecision!: DobPrecision;

  @Column({ type: 'varchar', length: 7 })
  sex!: Sex;

  /** GSO 1979 ethnicity code (reference list `ethnicities`). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  ethnicityCode!: string | null;

  /** Số định danh cá nhân: 12 digits, unique across the registry. */
  @Column({ type: 'varchar', length: 12, nullable: true, unique: true })
  personalId!: string | null;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 5 })
  communeCode!: string;

  /** Thôn, tổ dân phố. */
  @Column({ type: 'text', nullable: true })
  village!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  caregivers!: Caregiver[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  specialCircumstances!: FlagEntry[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  riskFactors!: FlagEntry[];

  @Column({ type: 'varchar', length: 30, nullable: true })
  schoolStatus!: string | null;

  /** The kind of disability, when there is one. */
  @Column({ type: 'text', nullable: true, transformer: SEALED_TEXT })
  disability!: string | null;

  @Column({ type: 'text', nullable: true, transformer: SEALED_TEXT })
  notes!: string | null;

  /** The matching key of imports (child-key.ts), kept current with the record. */
  @Column({ type: 'varchar', length: 32 })
  fingerprint!: string;

  /**
   * Set when this record was merged into another (a duplicate): it then reads as a redirect to
   * that record and leaves lists and searches. Cleared when the merge is undone.
   */
  @Index({ where: 'merged_into IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  mergedInto!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'unchecked' })
  verificationStatus!: VerificationStatus;

  /** The last check against the population database (child_verifications), kept when it goes stale. */
  @Column({ type: 'uuid', nullable: true })
  verificationId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  /** When the retention policy anonymised the record (privacy module); null while it is kept. */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
