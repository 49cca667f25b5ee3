import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Case } from './case.entity.js';

/** The children a case is about (registry records; a merged one reads as its survivor). */
@Entity('case_children')
@Index(['childId'])
export class CaseChild {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @PrimaryColumn({ type: 'uuid' })
  childId!: string;
}
