import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ReportTerm } from '../report-term.js';

/**
 * Precomputed children counts for a term of a year (`ReportTerm`: the year, or its first six
 * months; as of the term's last day, or today before it), one row per area, sex, age group, kind
 * of flag and code, whether the child was supported, and how: `kind` all / special / risk, `code`
 * a special-circumstance group or sub-group or a risk factor, '*' counting each child once;
 * `support` a kind of support received in the term (a code of `support-kinds`, or `case` for a
 * case's help), '*' counting each child once (rows of a kind of support are kept for `code` '*'
 * only). Rebuilt whole for a term by the refresh job; every source's cells are kept by term.
 */
@Entity('report_child_cells')
@Index(['year', 'communeCode'])
export class ReportChildCell {
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) term!: ReportTerm;
  @PrimaryColumn({ type: 'varchar', length: 2 }) provinceCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 5 }) communeCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) sex!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) ageGroup!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) kind!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) code!: string;
  @PrimaryColumn({ type: 'boolean' }) supported!: boolean;
  @PrimaryColumn({ type: 'varchar', length: 40, default: '*' }) support!: string;
  @Column({ type: 'integer' }) children!: number;
}

/**
 * Precomputed counts of abused children for a year (children of intervention-level cases received
 * in it), by the case's area, sex, age group when first reported, form of abuse and setting ('*'
 * once per child; setting 'unspecified' when none was recorded), whether they were intervened on,
 * and whether on time.
 */
@Entity('report_abuse_cells')
@Index(['year', 'communeCode'])
export class ReportAbuseCell {
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) term!: ReportTerm;
  @PrimaryColumn({ type: 'varchar', length: 2 }) provinceCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 5 }) communeCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) sex!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) ageGroup!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) form!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) setting!: string;
  @PrimaryColumn({ type: 'boolean' }) intervened!: boolean;
  @PrimaryColumn({ type: 'boolean' }) onTime!: boolean;
  @Column({ type: 'integer' }) children!: number;
}

/**
 * Precomputed counts of children injured in an accident in a year (issue 26), by their area, sex,
 * age group at their first injury of the year, kind of accident ('*' once per child) and whether
 * one of the injuries killed them. Apart from the children at risk: an injury is not a risk factor.
 */
@Entity('report_injury_cells')
@Index(['year', 'communeCode'])
export class ReportInjuryCell {
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) term!: ReportTerm;
  @PrimaryColumn({ type: 'varchar', length: 2 }) provinceCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 5 }) communeCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) sex!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) ageGroup!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) injury!: string;
  @PrimaryColumn({ type: 'boolean' }) died!: boolean;
  @Column({ type: 'integer' }) children!: number;
}

/**
 * Precomputed abuse cases (issue 26): the cases received in a year that reached intervention
 * level, by their area, each form of abuse and setting ('*' once per case for each; 'unspecified'
 * for a case that names no setting).
 */
@Entity('report_abuse_case_cells')
@Index(['year', 'communeCode'])
export class ReportAbuseCaseCell {
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) term!: ReportTerm;
  @PrimaryColumn({ type: 'varchar', length: 2 }) provinceCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 5 }) communeCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) form!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) setting!: string;
  @Column({ type: 'integer' }) cases!: number;
}

/**
 * Precomputed administrative violations of abuse (issue 26) detected or decided in a year, by the
 * case's area, the form of abuse and who committed it ('*' once per violation or decision for
 * each): `measure` detected counts the violations detected, decisions the decisions sanctioning
 * them, fines sums their fines in đồng, violators the persons and organisations they sanction.
 */
@Entity('report_sanction_cells')
@Index(['year', 'communeCode'])
export class ReportSanctionCell {
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) term!: ReportTerm;
  @PrimaryColumn({ type: 'varchar', length: 2 }) provinceCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 5 }) communeCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) measure!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) form!: string;
  @PrimaryColumn({ type: 'varchar', length: 20 }) violator!: string;
  @Column({ type: 'bigint' }) amount!: string;
}

/**
 * Precomputed abusers (issue 26): the persons recorded as having abused the children of the cases
 * received in a term that reached intervention level (the cases the abuse cells count), by the
 * case's area, their relationship to the child and their sex ('*' once per person for each).
 */
@Entity('report_abuser_cells')
@Index(['year', 'communeCode'])
export class ReportAbuserCell {
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) term!: ReportTerm;
  @PrimaryColumn({ type: 'varchar', length: 2 }) provinceCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 5 }) communeCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) relationship!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) sex!: string;
  @Column({ type: 'integer' }) abusers!: number;
}

/** When a term's cells were last rebuilt, and as of which day. */
@Entity('report_refreshes')
export class ReportRefresh {
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) term!: ReportTerm;
  @Column({ type: 'date' }) asOf!: string;
  @Column({ type: 'timestamptz' }) refreshedAt!: Date;
  @Column({ type: 'integer' }) durationMs!: number;
}
