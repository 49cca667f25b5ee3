import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kinds of help the plans count (issue 26), as the list `support-kinds`. */
const SUPPORT_KINDS: [code: string, name: string, nameEn: string][] = [
  [
    'social_allowance',
    'Trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP)',
    'Monthly social allowance (Decree 20/2021)',
  ],
  ['health_insurance', 'Thẻ bảo hiểm y tế', 'Health insurance card'],
  ['tuition', 'Miễn, giảm học phí', 'Tuition exemption or reduction'],
  ['school_meals', 'Hỗ trợ tiền ăn trưa', 'School meals'],
  ['scholarship', 'Học bổng', 'Scholarship'],
  ['gift', 'Quà tặng', 'Gift'],
  ['psychological_support', 'Hỗ trợ tâm lý', 'Psychological support'],
  ['legal_aid', 'Trợ giúp pháp lý', 'Legal aid'],
  ['alternative_care', 'Chăm sóc thay thế', 'Alternative care'],
  ['vocational_training', 'Học nghề', 'Vocational training'],
  ['other', 'Hỗ trợ khác', 'Other support'],
];

/**
 * The help a child receives (issue 26): one row per support, its kind from `support-kinds`, who
 * gives it, from when to when (no end while it continues), the amount and the programme.
 */
export class ChildSupports1796616324552 implements MigrationInterface {
  name = 'ChildSupports1796616324552';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "child_supports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "provider" character varying(20) NOT NULL, "provider_name" text, "starts_on" date NOT NULL, "ends_on" date, "amount" integer, "programme" text, "created_by" uuid, "created_by_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dbfccaf33aa39e5d80a67775217" PRIMARY KEY ("id"), CONSTRAINT "CHK_child_supports_provider" CHECK ("provider" IN ('state', 'organization', 'donor')), CONSTRAINT "CHK_child_supports_dates" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "CHK_child_supports_amount" CHECK ("amount" IS NULL OR "amount" >= 0))`,
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_cc3abb633886151ffeb218ed29" ON "child_supports" ("child_id", "starts_on")',
    );
    await queryRunner.query(
      `INSERT INTO reference_items (list, code, name, name_en, sort_order)
       SELECT 'support-kinds', k.code, k.name, k.name_en, k.sort_order
         FROM jsonb_to_recordset($1::jsonb) AS k(code text, name text, name_en text, sort_order int)`,
      [
        JSON.stringify(
          SUPPORT_KINDS.map(([code, name, nameEn], i) => ({
            code,
            name,
            name_en: nameEn,
            sort_order: i + 1,
          })),
        ),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM reference_items WHERE list = 'support-kinds'`);
    await queryRunner.query('DROP INDEX "public"."IDX_cc3abb633886151ffeb218ed29"');
    await queryRunner.query('DROP TABLE "child_supports"');
  }
}
