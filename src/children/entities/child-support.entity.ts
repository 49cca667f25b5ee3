import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who gives the support: the state (an allowance, a card, an exemption), an organisation, a donor. */
export const SUPPORT_PROVIDERS = ['state', 'organization', 'donor'] as const;
export type SupportProvider = (typeof SUPPORT_PROVIDERS)[number];

/**
 * Help a child receives (issue 26): a social allowance under Decree 20/2021, a health insurance
 * card, a tuition exemption, school meals, a scholarship, a gift, psychological support, legal
 * aid… (the list `support-kinds`), from whom, from when to when, the amount where there is one
 * and the programme it comes under. The plans count a child helped by it, as by the case work.
 */
@Entity('child_supports')
@Index(['childId', 'startsOn'])
@Check('CHK_child_supports_provider', `"provider" IN ('state', 'organization', 'donor')`)
@Check('CHK_child_supports_dates', '"ends_on" IS NULL OR "ends_on" >= "starts_on"')
@Check('CHK_child_supports_amount', '"amount" IS NULL OR "amount" >= 0')
export class ChildSupport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  childId!: string;

  /** A code of the list `support-kinds`. */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'varchar', length: 20 })
  provider!: SupportProvider;

  /** The organisation or donor by name (the state's own agency, where it matters). */
  @Column({ type: 'text', nullable: true })
  providerName!: string | null;

  @Column({ type: 'date' })
  startsOn!: string;

  /** The last day; null while it continues. A one-off (a gift) ends the day it starts. */
  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  /** In đồng: a month's allowance, a scholarship, a gift's value; null where there is none. */
  @Column({ type: 'integer', nullable: true })
  amount!: number | null;

  /** The programme it comes under (the city's sponsorship programme for children…). */
  @Column({ type: 'text', nullable: true })
  programme!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'text', nullable: true })
  createdByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
