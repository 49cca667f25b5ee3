import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who the abuser was to the child, as the research's likely breakdown of the abusers names it. */
const RELATIONSHIPS: [code: string, name: string, nameEn: string][] = [
  ['parent', 'Cha, mẹ', 'Parent'],
  ['step_parent', 'Cha dượng, mẹ kế', 'Step-parent'],
  ['relative', 'Người thân khác trong gia đình', 'Other relative'],
  ['carer', 'Người chăm sóc, nuôi dưỡng không phải người thân', 'Carer, not a relative'],
  ['teacher', 'Giáo viên, người làm việc tại cơ sở giáo dục', 'Teacher or school staff'],
  ['acquaintance', 'Người quen, hàng xóm', 'Acquaintance or neighbour'],
  ['stranger', 'Người lạ', 'Stranger'],
  ['other', 'Khác', 'Other'],
  ['unknown', 'Chưa xác định', 'Not known'],
];

const CATEGORIES =
  'Thông tin trẻ em như hồ sơ trẻ em; nội dung tin báo; đánh giá, kế hoạch, biên bản; ý kiến của trẻ và gia đình; quyết định của Chủ tịch UBND; quyết định xử phạt vi phạm hành chính đối với hành vi xâm hại (người, tổ chức bị xử phạt, hình thức xử phạt, số tiền phạt).';
const CATEGORIES_WITH_ABUSERS =
  'Thông tin trẻ em như hồ sơ trẻ em; nội dung tin báo; đánh giá, kế hoạch, biên bản; ý kiến của trẻ và gia đình; quyết định của Chủ tịch UBND; quyết định xử phạt vi phạm hành chính đối với hành vi xâm hại (người, tổ chức bị xử phạt, hình thức xử phạt, số tiền phạt); đối tượng xâm hại (quan hệ với trẻ em, giới tính, dưới hay từ đủ 18 tuổi; không ghi tên).';

/**
 * The abusers (issue 26): `case_abusers`, the persons who abused the children of a case (their
 * relationship to the child, sex, whether a minor; no name), their statistics' cells, and III-0105
 * counting them in the abuse cases of the year (the software's own code, as III-0104: the
 * research names "số đối tượng xâm hại" among the set's likely indicators, not its code), after
 * III-0104. The register of processing says that a case keeps them.
 */
export class CaseAbusers1796670292672 implements MigrationInterface {
  name = 'CaseAbusers1796670292672';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_abusers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "relationship" character varying(40) NOT NULL, "sex" character varying(10) NOT NULL, "age" character varying(10) NOT NULL, "created_by" uuid, "created_by_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_case_abusers_age" CHECK ("age" IN ('minor', 'adult', 'unknown')), CONSTRAINT "CHK_case_abusers_sex" CHECK ("sex" IN ('male', 'female', 'unknown')), CONSTRAINT "PK_9aea2ad1af9f0f49fa23a826541" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_16d50938976549170c5ec42f5b" ON "case_abusers"  ("case_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "report_abuser_cells" ("year" smallint NOT NULL, "term" character varying(10) NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "relationship" character varying(40) NOT NULL, "sex" character varying(10) NOT NULL, "abusers" integer NOT NULL, CONSTRAINT "PK_7faf81f7dbf16c6c81193f03fbe" PRIMARY KEY ("year", "term", "province_code", "commune_code", "relationship", "sex"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7da537f60dbad5d95e02ae01ab" ON "report_abuser_cells"  ("year", "commune_code") ',
    );
    await queryRunner.query(
      'ALTER TABLE "case_abusers" ADD CONSTRAINT "FK_16d50938976549170c5ec42f5bb" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `INSERT INTO reference_items (list, code, name, name_en, sort_order)
       SELECT 'abuser-relationships', r.code, r.name, r.name_en, r.sort_order
         FROM jsonb_to_recordset($1::jsonb) AS r(code text, name text, name_en text, sort_order int)`,
      [
        JSON.stringify(
          RELATIONSHIPS.map(([code, name, nameEn], i) => ({
            code,
            name,
            name_en: nameEn,
            sort_order: i + 1,
          })),
        ),
      ],
    );
    await queryRunner.query(
      `UPDATE indicator_definitions SET position = position + 1
        WHERE position > (SELECT position FROM indicator_definitions WHERE set = 'III' AND code = '0104')`,
    );
    await queryRunner.query(
      `INSERT INTO indicator_definitions
         (set, code, name_vi, name_en, unit, source, count, per, breakdowns, position, code_verified)
       SELECT 'III', '0105', 'Số đối tượng xâm hại trẻ em', 'Persons who abused children',
              'persons', 'abusers', '{}', NULL, '{relationship,sex,area}', position + 1, false
         FROM indicator_definitions WHERE set = 'III' AND code = '0104'`,
    );
    await queryRunner.query(
      `UPDATE processing_activities SET data_categories = $1
        WHERE code = 'case-management' AND data_categories = $2`,
      [CATEGORIES_WITH_ABUSERS, CATEGORIES],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE processing_activities SET data_categories = $1
        WHERE code = 'case-management' AND data_categories = $2`,
      [CATEGORIES, CATEGORIES_WITH_ABUSERS],
    );
    await queryRunner.query(
      `UPDATE indicator_definitions SET position = position - 1
        WHERE position > (SELECT position FROM indicator_definitions WHERE set = 'III' AND code = '0105')`,
    );
    await queryRunner.query(
      `DELETE FROM indicator_definitions WHERE set = 'III' AND code = '0105'`,
    );
    await queryRunner.query(`DELETE FROM reference_items WHERE list = 'abuser-relationships'`);
    await queryRunner.query(
      'ALTER TABLE "case_abusers" DROP CONSTRAINT "FK_16d50938976549170c5ec42f5bb"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_7da537f60dbad5d95e02ae01ab"');
    await queryRunner.query('DROP TABLE "report_abuser_cells"');
    await queryRunner.query('DROP INDEX "public"."IDX_16d50938976549170c5ec42f5b"');
    await queryRunner.query('DROP TABLE "case_abusers"');
  }
}
