import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SEALED_TEXT } from '../../common/field-cipher.js';

/** How it ended: recovered, with lasting harm (a disability), died, or not known yet. */
export const INJURY_OUTCOMES = ['recovered', 'lasting_harm', 'died', 'unknown'] as const;
export type InjuryOutcome = (typeof INJURY_OUTCOMES)[number];

/**
 * An accident or injury a child suffered (issue 26): drowning, traffic, a burn, a fall, poisoning,
 * an animal bite, electric shock… (the list `injury-kinds`), when, where and how it ended. Not a
 * risk factor: the statistics count injured children apart from the children at risk.
 */
@Entity('child_injuries')
@Index(['childId', 'occurredOn'])
@Check(
  'CHK_child_injuries_outcome',
  `"outcome" IN ('recovered', 'lasting_harm', 'died', 'unknown')`,
)
export class ChildInjury {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  childId!: string;

  /** A code of the list `injury-kinds`. */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'date' })
  occurredOn!: string;

  /** Where it happened, in words (the village pond, the road to school, at home). */
  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 20 })
  outcome!: InjuryOutcome;

  /** What happened and the care given: health data, sealed at rest like the record's notes. */
  @Column({ type: 'text', nullable: true, transformer: SEALED_TEXT })
  description!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'text', nullable: true })
  createdByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
