import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where an old (pre-2025) province or commune went in the merger. A commune split between several
 * new units is `ambiguous`: a person must choose among `newCodes`. `newCodes` is empty for the
 * few old communes the merger text does not place.
 */
@Entity('area_crosswalk')
export class AreaCrosswalk {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  oldLevel!: 'province' | 'commune';

  @PrimaryColumn({ type: 'varchar', length: 5 })
  oldCode!: string;

  @Column({ type: 'varchar', array: true })
  newCodes!: string[];

  @Column({ type: 'boolean' })
  ambiguous!: boolean;
}
