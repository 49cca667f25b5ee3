import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One entry of a code list (special-circumstance groups and sub-groups, abuse forms, ethnicities,
 * organisation and service types, risk factors, ...). Lists are data, not code: agencies and
 * sub-groups change with the law.
 */
@Entity('reference_items')
export class ReferenceItem {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  list!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  nameEn!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'integer' })
  sortOrder!: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  attributes!: Record<string, unknown>;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
