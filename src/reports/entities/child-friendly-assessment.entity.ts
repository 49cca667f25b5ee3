import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A commune's assessment against the standard of a commune fit for children (xã, phường phù hợp
 * với trẻ em, Decision 06/2019/QĐ-TTg) for a year: the criteria it met (codes of the list
 * `child-friendly-criteria`) and, once the competent level recognised it, that decision. It meets
 * the standard when it meets every criterion.
 */
@Entity('child_friendly_assessments')
@Index(['provinceCode', 'year'])
@Check('("decision_number" IS NULL) = ("decided_on" IS NULL)')
export class ChildFriendlyAssessment {
  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @PrimaryColumn({ type: 'varchar', length: 5 })
  communeCode!: string;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  criteriaMet!: string[];

  /** The recognition decision (quyết định công nhận), its number and day. */
  @Column({ type: 'text', nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ type: 'uuid' })
  assessedBy!: string;

  @Column({ type: 'text' })
  assessedByName!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
