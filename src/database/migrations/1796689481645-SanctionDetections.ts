import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES =
  'Thông tin trẻ em như hồ sơ trẻ em; nội dung tin báo; đánh giá, kế hoạch, biên bản; ý kiến của trẻ và gia đình; quyết định của Chủ tịch UBND; quyết định xử phạt vi phạm hành chính đối với hành vi xâm hại (người, tổ chức bị xử phạt, hình thức xử phạt, số tiền phạt); đối tượng xâm hại (quan hệ với trẻ em, giới tính, dưới hay từ đủ 18 tuổi; không ghi tên).';
const CATEGORIES_WITH_VIOLATIONS =
  'Thông tin trẻ em như hồ sơ trẻ em; nội dung tin báo; đánh giá, kế hoạch, biên bản; ý kiến của trẻ và gia đình; quyết định của Chủ tịch UBND; vi phạm hành chính về hành vi xâm hại và quyết định xử phạt (ngày phát hiện, người, tổ chức vi phạm, hình thức xử phạt, số tiền phạt); đối tượng xâm hại (quan hệ với trẻ em, giới tính, dưới hay từ đủ 18 tuổi; không ghi tên).';

/**
 * An administrative violation of abuse is recorded when it is detected (its violation record
 * drawn up), its decision then or later (issue 26): `detected_on` (the decision's day for the rows
 * recorded before, each of which was decided), the decision's number and day null until it is
 * decided and only together, a fine or measures only with a decision. III-0204 counts the
 * violations detected in the year (the software's own code, as III-0201 to 0203: the research
 * names "violations detected" among the set's likely indicators, not its code). The register of
 * processing says that a case keeps the violations as well as their decisions.
 */
export class SanctionDetections1796689481645 implements MigrationInterface {
  name = 'SanctionDetections1796689481645';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "case_sanctions" ADD "detected_on" date');
    await queryRunner.query('UPDATE "case_sanctions" SET "detected_on" = "decided_on"');
    await queryRunner.query('ALTER TABLE "case_sanctions" ALTER COLUMN "detected_on" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" ALTER COLUMN "decision_number" DROP NOT NULL',
    );
    await queryRunner.query('ALTER TABLE "case_sanctions" ALTER COLUMN "decided_on" DROP NOT NULL');
    await queryRunner.query(
      'CREATE INDEX "IDX_621bec733f30493909baf661b0" ON "case_sanctions"  ("detected_on") ',
    );
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" ADD CONSTRAINT "CHK_case_sanctions_penalties" CHECK (("fine" IS NULL AND "measures" IS NULL) OR "decided_on" IS NOT NULL)',
    );
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" ADD CONSTRAINT "CHK_case_sanctions_decided" CHECK ("decided_on" IS NULL OR "decided_on" >= "detected_on")',
    );
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" ADD CONSTRAINT "CHK_case_sanctions_decision" CHECK (("decision_number" IS NULL) = ("decided_on" IS NULL))',
    );
    await queryRunner.query(
      `INSERT INTO indicator_definitions
         (set, code, name_vi, name_en, unit, source, count, per, breakdowns, position, code_verified)
       SELECT 'III', '0204', 'Số vụ vi phạm hành chính về xâm hại trẻ em được phát hiện',
              'Administrative violations of child abuse detected', 'cases', 'sanctions',
              '{"measure": "detected"}', NULL, '{form,violator,area}', position + 1, false
         FROM indicator_definitions WHERE set = 'III' AND code = '0203'
       ON CONFLICT (set, code) DO NOTHING`,
    );
    await queryRunner.query(
      `UPDATE processing_activities SET data_categories = $1
        WHERE code = 'case-management' AND data_categories = $2`,
      [CATEGORIES_WITH_VIOLATIONS, CATEGORIES],
    );
  }

  /**
   * Back to a decision on every row: refused while a violation is recorded without its decision
   * (it would be lost), nothing deleted.
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ undecided }] = (await queryRunner.query(
      `SELECT count(*)::int AS undecided FROM case_sanctions WHERE decided_on IS NULL`,
    )) as { undecided: number }[];
    if (undecided > 0) {
      throw new Error(
        `${undecided} violations not decided yet would be lost: they are kept, and this migration is not reverted`,
      );
    }
    await queryRunner.query(
      `UPDATE processing_activities SET data_categories = $1
        WHERE code = 'case-management' AND data_categories = $2`,
      [CATEGORIES, CATEGORIES_WITH_VIOLATIONS],
    );
    await queryRunner.query(
      `DELETE FROM indicator_definitions WHERE set = 'III' AND code = '0204'`,
    );
    await queryRunner.query(`DELETE FROM report_sanction_cells WHERE measure = 'detected'`);
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" DROP CONSTRAINT "CHK_case_sanctions_decision"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" DROP CONSTRAINT "CHK_case_sanctions_decided"',
    );
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" DROP CONSTRAINT "CHK_case_sanctions_penalties"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_621bec733f30493909baf661b0"');
    await queryRunner.query('ALTER TABLE "case_sanctions" ALTER COLUMN "decided_on" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" ALTER COLUMN "decision_number" SET NOT NULL',
    );
    await queryRunner.query('ALTER TABLE "case_sanctions" DROP COLUMN "detected_on"');
  }
}
