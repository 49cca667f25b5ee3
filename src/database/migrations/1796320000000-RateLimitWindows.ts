import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate limit's counters when the queues are not on Redis: one row per client address and
 * budget, shared by every API process. Unlogged: no WAL for a counter per request, and a crash
 * only empties it.
 */
export class RateLimitWindows1796320000000 implements MigrationInterface {
  name = 'RateLimitWindows1796320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE rate_limit_windows (
         key text PRIMARY KEY,
         hits integer NOT NULL,
         reset_at timestamptz NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rate_limit_windows');
  }
}
