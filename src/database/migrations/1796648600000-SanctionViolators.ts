import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES =
  'Thông tin trẻ em như hồ sơ trẻ em; nội dung tin báo; đánh giá, kế hoạch, biên bản; ý kiến của trẻ và gia đình; quyết định của Chủ tịch UBND.';
const CATEGORIES_WITH_SANCTIONS =
  'Thông tin trẻ em như hồ sơ trẻ em; nội dung tin báo; đánh giá, kế hoạch, biên bản; ý kiến của trẻ và gia đình; quyết định của Chủ tịch UBND; quyết định xử phạt vi phạm hành chính đối với hành vi xâm hại (người, tổ chức bị xử phạt, hình thức xử phạt, số tiền phạt).';

/**
 * A sanction decision may sanction several persons or organisations who did the same act (Law on
 * Handling Administrative Violations, art. 67), and persons and an organisation at once: each
 * row says how many (1 for the rows recorded before), a decision is recorded once for each kind of
 * violator, and III-0203 counts those sanctioned (the software's own code, as III-0201 and 0202:
 * the research names the persons sanctioned among the set's likely indicators, not their code).
 * The register of processing says that a case keeps the decisions.
 */
export class SanctionViolators1796648600000 implements MigrationInterface {
  name = 'SanctionViolators1796648600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" ADD "violators" smallint NOT NULL DEFAULT \'1\'',
    );
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" ADD CONSTRAINT "CHK_case_sanctions_violators" CHECK ("violators" >= 1)',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_6a13d2abf0210b3dc3843fa00a"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_55049eec923eea296097174d51" ON "case_sanctions"  ("case_id", "decision_number", "violator_kind") ',
    );
    await queryRunner.query(
      `INSERT INTO indicator_definitions
         (set, code, name_vi, name_en, unit, source, count, per, breakdowns, position, code_verified)
       SELECT 'III', '0203', 'Số cá nhân, tổ chức bị xử phạt vi phạm hành chính do xâm hại trẻ em',
              'Persons and organisations sanctioned for child abuse', 'violators', 'sanctions',
              '{"measure": "violators"}', NULL, '{form,violator,area}', position + 1, false
         FROM indicator_definitions WHERE set = 'III' AND code = '0202'
       ON CONFLICT (set, code) DO NOTHING`,
    );
    await queryRunner.query(
      `UPDATE processing_activities SET data_categories = $1
        WHERE code = 'case-management' AND data_categories = $2`,
      [CATEGORIES_WITH_SANCTIONS, CATEGORIES],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE processing_activities SET data_categories = $1
        WHERE code = 'case-management' AND data_categories = $2`,
      [CATEGORIES, CATEGORIES_WITH_SANCTIONS],
    );
    await queryRunner.query(
      `DELETE FROM indicator_definitions WHERE set = 'III' AND code = '0203'`,
    );
    // One row a decision again: refused while a decision is recorded as two parts (nothing deleted).
    await queryRunner.query('DROP INDEX "public"."IDX_55049eec923eea296097174d51"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_6a13d2abf0210b3dc3843fa00a" ON "case_sanctions"  ("case_id", "decision_number") ',
    );
    await queryRunner.query(
      'ALTER TABLE "case_sanctions" DROP CONSTRAINT "CHK_case_sanctions_violators"',
    );
    await queryRunner.query('ALTER TABLE "case_sanctions" DROP COLUMN "violators"');
  }
}
