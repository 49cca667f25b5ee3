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
import type { Sex } from '../../children/entities/child.entity.js';
import { Case } from './case.entity.js';

/** How old an abuser is: under 18 (a minor, whom the law treats apart), 18 or over, not known. */
export const ABUSER_AGES = ['minor', 'adult', 'unknown'] as const;
export type AbuserAge = (typeof ABUSER_AGES)[number];

/**
 * A person who abused the child or children of a case (đối tượng xâm hại), as the statistics of
 * Circular 13/2021's second set count them: their relationship to the child (a code of the list
 * `abuser-relationships`), sex and whether a minor. No name and nothing else that identifies them:
 * the police and the courts keep who they are; the case keeps what the protection work and the
 * figures need. One row a person; counted by the statistics in the case's area, with the case.
 */
@Entity('case_abusers')
@Index(['caseId'])
@Check('CHK_case_abusers_sex', `"sex" IN ('male', 'female', 'unknown')`)
@Check('CHK_case_abusers_age', `"age" IN ('minor', 'adult', 'unknown')`)
export class CaseAbuser {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  /** Their relationship to the child: a code of the list `abuser-relationships`. */
  @Column({ type: 'varchar', length: 40 })
  relationship!: string;

  @Column({ type: 'varchar', length: 10 })
  sex!: Sex;

  @Column({ type: 'varchar', length: 10 })
  age!: AbuserAge;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'text', nullable: true })
  createdByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
