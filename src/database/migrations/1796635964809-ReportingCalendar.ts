import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plans' due dates (issue 26): a commune's annual report of the child-protection work reaches
 * the province before 25 November, the province's (the department's summary for the province's
 * People's Committee and the ministry) before 15 December. A province sets its own where its plan
 * says otherwise.
 */
const DEADLINES: [report: string, month: number, day: number, source: string][] = [
  [
    'commune_annual',
    11,
    25,
    'Kế hoạch bảo vệ, chăm sóc trẻ em: các đơn vị báo cáo kết quả thực hiện định kỳ hằng năm trước ngày 25/11',
  ],
  [
    'province_annual',
    12,
    15,
    'Kế hoạch bảo vệ, chăm sóc trẻ em: báo cáo kết quả thực hiện Kế hoạch định kỳ hằng năm trước ngày 15/12',
  ],
];

/** Due dates of the periodic reports, and the reports as their areas submitted them. */
export class ReportingCalendar1796635964809 implements MigrationInterface {
  name = 'ReportingCalendar1796635964809';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "periodic_report_submissions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "version" smallint NOT NULL, "year" smallint NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5), "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_by" uuid NOT NULL, "submitted_by_name" text NOT NULL, "reason" text, "due_on" date NOT NULL, "late" boolean NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "as_of" date NOT NULL, "xlsx" bytea NOT NULL, "pdf" bytea NOT NULL, CONSTRAINT "CHK_bd6df7a8270c6821daeb815b23" CHECK (("version" = 1) = ("reason" IS NULL)), CONSTRAINT "PK_91f0609866123c07922970ce237" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_88be32acd24535ab3ecd5e9ad6" ON "periodic_report_submissions"  ("province_code", "year") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_778edeca2b60788a83cb69b71d" ON "periodic_report_submissions"  ("report_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "report_deadlines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report" character varying(20) NOT NULL, "province_code" character varying(2), "month" smallint NOT NULL, "day" smallint NOT NULL, "source" text NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_2c9a70a987f0cb556b58cd625c" CHECK ("month" BETWEEN 1 AND 12 AND "day" BETWEEN 1 AND 31), CONSTRAINT "PK_6ddc9eb87816fd187cedd05eb8b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_64128065403343ac1a186b74c6" ON "report_deadlines"  ("report", "province_code") WHERE province_code IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3c0e484a836b602f630c168818" ON "report_deadlines"  ("report") WHERE province_code IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "periodic_report_submissions" ADD CONSTRAINT "FK_db2249ac961f47e2f2f8c23e8ac" FOREIGN KEY ("report_id") REFERENCES "periodic_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    for (const [report, month, day, source] of DEADLINES) {
      await queryRunner.query(
        'INSERT INTO report_deadlines (report, province_code, month, day, source) VALUES ($1, NULL, $2, $3, $4)',
        [report, month, day, source],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "periodic_report_submissions" DROP CONSTRAINT "FK_db2249ac961f47e2f2f8c23e8ac"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_3c0e484a836b602f630c168818"');
    await queryRunner.query('DROP INDEX "public"."IDX_64128065403343ac1a186b74c6"');
    await queryRunner.query('DROP TABLE "report_deadlines"');
    await queryRunner.query('DROP INDEX "public"."IDX_778edeca2b60788a83cb69b71d"');
    await queryRunner.query('DROP INDEX "public"."IDX_88be32acd24535ab3ecd5e9ad6"');
    await queryRunner.query('DROP TABLE "periodic_report_submissions"');
  }
}
