import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Failed sign-ins in a row per username, whether or not the account exists, so a lock neither
 * depends on nor reveals the account's existence.
 */
@Entity('auth_login_throttles')
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  username!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
