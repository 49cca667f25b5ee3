import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The precomputed figures and each one's primary key by term (before, by year alone): the old
 * name and key, then the new ones. Every row there was the year's.
 */
const CELLS: [table: string, oldKey: string, newKey: string, rest: string][] = [
  [
    'report_child_cells',
    'PK_e229b98505b1285cdd38e6548cf',
    'PK_afe8c20ac2d7c22de8e13d8216f',
    '"sex", "age_group", "kind", "code", "supported", "support"',
  ],
  [
    'report_abuse_cells',
    'PK_c3938e6e015dcdd2b8f88d01028',
    'PK_617478a1ea1e76fc9c2046c066f',
    '"sex", "age_group", "form", "setting", "intervened", "on_time"',
  ],
  [
    'report_injury_cells',
    'PK_eca40e9dac202ad85afbc88e0c3',
    'PK_c1238475376e028dfd781f1eeab',
    '"sex", "age_group", "injury", "died"',
  ],
  [
    'report_abuse_case_cells',
    'PK_d016a4101898e97656ea8e1170b',
    'PK_f8aa28a0f5f525f57c0dd338326',
    '"form", "setting"',
  ],
  [
    'report_sanction_cells',
    'PK_b2917a44b93cbb6af5121727316',
    'PK_e1c4a060bc2cd817928b9123057',
    '"measure", "form", "violator"',
  ],
];

/**
 * The six-month reports' due dates (issue 26): no plan in hand gives them, so these are the
 * software's, after the day Decree 09/2019/NĐ-CP closes six-month figures (14 June) as the
 * plans' 25 November and 15 December follow the year's: a province sets its own.
 */
const DEADLINES: [report: string, month: number, day: number, source: string][] = [
  [
    'commune_six_months',
    6,
    20,
    'Phần mềm đặt, vì các kế hoạch không quy định: số liệu 6 tháng chốt ngày 14/6 (Nghị định 09/2019/NĐ-CP), xã, phường nộp trước ngày 20/6',
  ],
  [
    'province_six_months',
    6,
    30,
    'Phần mềm đặt, vì các kế hoạch không quy định: số liệu 6 tháng chốt ngày 14/6 (Nghị định 09/2019/NĐ-CP), tỉnh, thành phố nộp trước ngày 30/6',
  ],
];

/**
 * Periodic reports of the first six months beside the year's: each report, submission and set of
 * precomputed figures says its term; the reports and figures already there are the year's.
 */
export class ReportTerms1796669017838 implements MigrationInterface {
  name = 'ReportTerms1796669017838';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['periodic_reports', 'periodic_report_submissions', 'report_refreshes']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "term" character varying(10) NOT NULL DEFAULT 'annual'`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "term" DROP DEFAULT`);
    }
    await queryRunner.query('DROP INDEX "public"."IDX_4297c0f2cbf9b27e2e179c8d3f"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_d0eaf85b8bf39b2b55737b2242" ON "periodic_reports"  ("year", "term", "area_code") ',
    );
    await queryRunner.query(
      'ALTER TABLE "report_refreshes" DROP CONSTRAINT "PK_a6343bb6dd50679d5b335d82e4f"',
    );
    await queryRunner.query(
      'ALTER TABLE "report_refreshes" ADD CONSTRAINT "PK_0afe7de58dd65fb3d565d4a2c4a" PRIMARY KEY ("year", "term")',
    );
    for (const [table, oldKey, newKey, rest] of CELLS) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "term" character varying(10) NOT NULL DEFAULT 'annual'`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "term" DROP DEFAULT`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${oldKey}"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${newKey}" PRIMARY KEY ("year", "term", "province_code", "commune_code", ${rest})`,
      );
    }
    for (const [report, month, day, source] of DEADLINES) {
      await queryRunner.query(
        'INSERT INTO report_deadlines (report, province_code, month, day, source) VALUES ($1, NULL, $2, $3, $4)',
        [report, month, day, source],
      );
    }
  }

  /**
   * Back to the year alone: the six months' figures, reports not submitted and due dates are
   * deleted; a six-month report that an area submitted is kept, and the migration refused.
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ submitted }] = (await queryRunner.query(
      `SELECT count(*)::int AS submitted FROM periodic_report_submissions WHERE term <> 'annual'`,
    )) as { submitted: number }[];
    if (submitted > 0) {
      throw new Error(
        `${submitted} submissions of six-month reports would be lost: they are kept, and this migration is not reverted`,
      );
    }
    await queryRunner.query(
      `DELETE FROM report_deadlines WHERE report IN ('commune_six_months', 'province_six_months')`,
    );
    for (const [table, oldKey, newKey, rest] of CELLS) {
      await queryRunner.query(`DELETE FROM "${table}" WHERE term <> 'annual'`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${newKey}"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${oldKey}" PRIMARY KEY ("year", "province_code", "commune_code", ${rest})`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "term"`);
    }
    await queryRunner.query(`DELETE FROM "report_refreshes" WHERE term <> 'annual'`);
    await queryRunner.query(
      'ALTER TABLE "report_refreshes" DROP CONSTRAINT "PK_0afe7de58dd65fb3d565d4a2c4a"',
    );
    await queryRunner.query(
      'ALTER TABLE "report_refreshes" ADD CONSTRAINT "PK_a6343bb6dd50679d5b335d82e4f" PRIMARY KEY ("year")',
    );
    await queryRunner.query(`DELETE FROM periodic_reports WHERE term <> 'annual'`);
    await queryRunner.query('DROP INDEX "public"."IDX_d0eaf85b8bf39b2b55737b2242"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_4297c0f2cbf9b27e2e179c8d3f" ON "periodic_reports" ("year", "area_code") ',
    );
    for (const table of ['periodic_reports', 'periodic_report_submissions', 'report_refreshes']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "term"`);
    }
  }
}
