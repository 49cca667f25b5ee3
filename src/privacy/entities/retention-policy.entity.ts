import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The kinds of record a retention policy applies to. */
export const RETENTION_KINDS = ['child_record', 'closed_case'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/**
 * How long a kind of record keeps its personal data (Law 91/2025), as data a deployment sets:
 * `child_record`, a child's record is anonymised `keepYears` years after the child turns 16 when
 * no case about the child is open; `closed_case`, a case `keepYears` years after it was closed
 * when no open case names one of its children. Nothing is anonymised while a policy is disabled.
 */
@Entity('retention_policies')
@Check('CHK_retention_keep_years', '"keep_years" BETWEEN 0 AND 100')
export class RetentionPolicy {
  @PrimaryColumn({ type: 'varchar', length: 30, primaryKeyConstraintName: 'PK_retention_policies' })
  kind!: RetentionKind;

  @Column({ type: 'boolean', default: false })
  enabled!: boolean;

  @Column({ type: 'integer' })
  keepYears!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
