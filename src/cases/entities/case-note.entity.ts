import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Case } from './case.entity.js';

/** case_team: everyone who may read the case; restricted: the assigned worker and the approvers. */
export const NOTE_VISIBILITIES = ['case_team', 'restricted'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/** A note on a case; its text sealed with FieldCipher. Added, never edited. */
@Entity('case_notes')
@Index(['caseId', 'createdAt'])
export class CaseNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  authorName!: string;

  @Column({ type: 'varchar', length: 12 })
  visibility!: NoteVisibility;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
