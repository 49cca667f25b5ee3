import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The thirteen criteria of a commune fit for children (Decision 06/2019/QĐ-TTg), as press
 * summaries of the Decision name them (baothaibinh.com.vn, cuuchienbinh.vn: "13 tiêu chí đánh
 * giá, công nhận xã, phường, thị trấn phù hợp với trẻ em"); the Decision's own text, with each
 * criterion's points and thresholds, was not in hand.
 */
const CRITERIA: [code: string, name: string, nameEn: string][] = [
  ['resources', 'Nguồn lực thực hiện quyền trẻ em', "Resources for children's rights"],
  [
    'birth_registration',
    'Trẻ em được khai sinh đúng quy định',
    'Births registered as the law requires',
  ],
  ['abuse', 'Trẻ em bị xâm hại', 'Children abused'],
  [
    'law_drugs',
    'Trẻ em vi phạm pháp luật, nghiện ma túy',
    'Children in conflict with the law or using drugs',
  ],
  ['injuries', 'Trẻ em bị tai nạn, thương tích', 'Children injured in accidents'],
  [
    'special_supported',
    'Trẻ em có hoàn cảnh đặc biệt được trợ giúp',
    'Children in special circumstances supported',
  ],
  [
    'immunisation',
    'Trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin thuộc chương trình tiêm chủng mở rộng',
    'Children under 1 fully immunised under the expanded programme',
  ],
  [
    'nutrition',
    'Trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân và thể thấp còi',
    'Children under 5 underweight or stunted',
  ],
  ['health_checks', 'Trẻ em được khám sức khỏe định kỳ', 'Children given regular health checks'],
  ['schooling', 'Trẻ em đến trường, lớp mầm non', 'Children at school and in pre-school'],
  [
    'participation',
    'Trẻ em được thực hiện quyền tham gia',
    "Children's right to participate exercised",
  ],
  [
    'play_culture',
    'Hoạt động vui chơi, giải trí, văn hóa, thể dục, thể thao dành cho trẻ em',
    'Play, leisure, culture and sport for children',
  ],
  [
    'satisfaction',
    'Mức độ hài lòng của trẻ em và người dân về việc thực hiện quyền trẻ em',
    "Children's and residents' satisfaction with how children's rights are met",
  ],
];

/** Communes fit for children (issue 26): their assessments by year, and the standard's criteria. */
export class ChildFriendlyCommunes1796638083170 implements MigrationInterface {
  name = 'ChildFriendlyCommunes1796638083170';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "child_friendly_assessments" ("year" smallint NOT NULL, "commune_code" character varying(5) NOT NULL, "province_code" character varying(2) NOT NULL, "criteria_met" character varying(40) array NOT NULL DEFAULT \'{}\', "decision_number" text, "decided_on" date, "assessed_by" uuid NOT NULL, "assessed_by_name" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_8ce18c1323c2a1c548ce669474" CHECK (("decision_number" IS NULL) = ("decided_on" IS NULL)), CONSTRAINT "PK_a58da2bf09f4fe94efbe73a20d3" PRIMARY KEY ("year", "commune_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2033c13c03958e24d21c6e87cf" ON "child_friendly_assessments"  ("province_code", "year") ',
    );
    await queryRunner.query(
      `INSERT INTO reference_items (list, code, name, name_en, sort_order, attributes)
       SELECT 'child-friendly-criteria', k.code, k.name, k.name_en, k.sort_order, k.attributes
         FROM jsonb_to_recordset($1::jsonb)
           AS k(code text, name text, name_en text, sort_order int, attributes jsonb)`,
      [
        JSON.stringify(
          CRITERIA.map(([code, name, nameEn], i) => ({
            code,
            name,
            name_en: nameEn,
            sort_order: i + 1,
            attributes: { source: 'Quyết định 06/2019/QĐ-TTg (theo bản tóm tắt của báo chí)' },
          })),
        ),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM reference_items WHERE list = 'child-friendly-criteria'`);
    await queryRunner.query('DROP INDEX "public"."IDX_2033c13c03958e24d21c6e87cf"');
    await queryRunner.query('DROP TABLE "child_friendly_assessments"');
  }
}
