import { readFileSync } from 'node:fs';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working-day calendar: public holidays, days off in lieu and Saturdays worked, seeded from
 * reference-data/public-holidays.json for 2025-2030. 2025 is the schedule the government set; the
 * later years follow the Labour Code's rules (Tết: the last day of the lunar year and the first
 * four of the new one; a holiday on a weekend gives the next working day off) and are to be
 * corrected through PUT /calendar/holidays/:year as each year's schedule is announced.
 */
export class PublicHolidays1795477244974 implements MigrationInterface {
  name = 'PublicHolidays1795477244974';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "public_holidays" ("day" date NOT NULL, "kind" character varying(12) NOT NULL, "name" text NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d43d24ed37f98d452ac4436ac63" PRIMARY KEY ("day"))',
    );
    const days = JSON.parse(
      readFileSync(new URL('../reference-data/public-holidays.json', import.meta.url), 'utf8'),
    ) as unknown[];
    await queryRunner.query(
      `INSERT INTO "public_holidays" ("day", "kind", "name")
       SELECT day, kind, name FROM jsonb_to_recordset($1::jsonb) AS r(day date, kind varchar, name text)`,
      [JSON.stringify(days)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "public_holidays"');
  }
}
