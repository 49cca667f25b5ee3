import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PersonFields } from '../../children/entities/child-verification.entity.js';
import type { ChangeKind } from '../population-gateway.js';

/** open until an officer acts on it; `settled` when the registry already agreed on arrival. */
export const CHANGE_STATUSES = ['open', 'done', 'dismissed', 'settled'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];
export const CHANGE_SOURCES = ['online', 'file'] as const;
export type ChangeSource = (typeof CHANGE_SOURCES)[number];

/**
 * A child's residence in a commune that began or ended in the national population database (a
 * birth registered, a move in or out), as received from the database online or from the commune
 * police's file, and what the commune did with it. One row per child, kind and day in a commune:
 * the same change received twice is kept once.
 */
@Entity('population_changes')
@Index(['communeCode', 'kind', 'personalId', 'date'], { unique: true })
@Index(['communeCode', 'status', 'date'])
export class PopulationChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 5 })
  communeCode!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: ChangeKind;

  /** The day of the change. */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 12 })
  personalId!: string;

  /** The child as the database holds them. */
  @Column({ type: 'jsonb' })
  person!: PersonFields & { personalId: string };

  /** Where the child came from or went, as the database writes it; null when not known. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  otherCommuneCode!: string | null;

  @Column({ type: 'varchar', length: 6 })
  source!: ChangeSource;

  @Column({ type: 'varchar', length: 10 })
  status!: ChangeStatus;

  /** The record added or moved, or the one that already agreed. */
  @Column({ type: 'uuid', nullable: true })
  childId!: string | null;

  /** Why it was dismissed. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  decidedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

/** How far a commune's changes have been read online: the next read starts at `readTo`. */
@Entity('population_change_reads')
export class PopulationChangeRead {
  @Column({ type: 'varchar', length: 5, primary: true })
  communeCode!: string;

  @Column({ type: 'date' })
  readTo!: string;

  @Column({ type: 'timestamptz' })
  readAt!: Date;
}
