import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kinds of accident and injury (issue 26), as the list `injury-kinds`. */
const INJURY_KINDS: [code: string, name: string, nameEn: string][] = [
  ['drowning', 'Đuối nước', 'Drowning'],
  ['traffic', 'Tai nạn giao thông', 'Traffic accident'],
  ['burn', 'Bỏng', 'Burn'],
  ['fall', 'Ngã', 'Fall'],
  ['poisoning', 'Ngộ độc', 'Poisoning'],
  ['animal_bite', 'Động vật cắn', 'Animal bite'],
  ['electric_shock', 'Điện giật', 'Electric shock'],
  ['other', 'Tai nạn, thương tích khác', 'Other accident or injury'],
];

/** The two counts of injured children, apart from the children at risk (codes not verified). */
const INDICATORS = [
  {
    set: 'I',
    code: '0401',
    nameVi: 'Số trẻ em bị tai nạn, thương tích',
    nameEn: 'Number of children injured in accidents',
    unit: 'children',
    source: 'injuries',
    count: {},
    breakdowns: ['injury', 'sex', 'ageGroup', 'area'],
    position: 7,
  },
  {
    set: 'I',
    code: '0402',
    nameVi: 'Số trẻ em tử vong do tai nạn, thương tích',
    nameEn: 'Number of children who died of accidents or injuries',
    unit: 'children',
    source: 'injuries',
    count: { died: true },
    breakdowns: ['injury', 'sex', 'ageGroup', 'area'],
    position: 8,
  },
];

/**
 * Accidents and injuries as a register of their own (issue 26): `child_injuries`, the list
 * `injury-kinds`, their statistics' cells and two indicators. An injury is no longer a risk
 * factor: each `injured_in_accident` entry of a record moves to the register (kind `other`, on
 * the entry's `since`, outcome not known), the record's history saying so, and the risk factor is
 * retired from the list, so that a child is not counted among the children at risk for it.
 */
export class ChildInjuries1796625788963 implements MigrationInterface {
  name = 'ChildInjuries1796625788963';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "child_injuries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "occurred_on" date NOT NULL, "place" text, "outcome" character varying(20) NOT NULL, "description" text, "created_by" uuid, "created_by_name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_child_injuries_outcome" CHECK ("outcome" IN (\'recovered\', \'lasting_harm\', \'died\', \'unknown\')), CONSTRAINT "PK_514657deb01025a0b27f67468ae" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3ad0d15441e8ed55713a31c4cf" ON "child_injuries"  ("child_id", "occurred_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "report_injury_cells" ("year" smallint NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5) NOT NULL, "sex" character varying(10) NOT NULL, "age_group" character varying(10) NOT NULL, "injury" character varying(40) NOT NULL, "died" boolean NOT NULL, "children" integer NOT NULL, CONSTRAINT "PK_eca40e9dac202ad85afbc88e0c3" PRIMARY KEY ("year", "province_code", "commune_code", "sex", "age_group", "injury", "died"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_94c2ab9467fff17473cef1d92c" ON "report_injury_cells"  ("year", "commune_code") ',
    );
    await queryRunner.query(
      `INSERT INTO reference_items (list, code, name, name_en, sort_order)
       SELECT 'injury-kinds', k.code, k.name, k.name_en, k.sort_order
         FROM jsonb_to_recordset($1::jsonb) AS k(code text, name text, name_en text, sort_order int)`,
      [
        JSON.stringify(
          INJURY_KINDS.map(([code, name, nameEn], i) => ({
            code,
            name,
            name_en: nameEn,
            sort_order: i + 1,
          })),
        ),
      ],
    );
    // After the children's indicators, as in indicators.json; a database made from it since has
    // them already, in their places.
    await queryRunner.query(
      `UPDATE indicator_definitions SET position = position + 2 WHERE set = 'III' AND position < 9`,
    );
    await queryRunner.query(
      `INSERT INTO indicator_definitions
         (set, code, name_vi, name_en, unit, source, count, per, breakdowns, position, code_verified)
       SELECT set, code, "nameVi", "nameEn", unit, source, count, NULL, breakdowns, position, false
         FROM jsonb_to_recordset($1::jsonb)
           AS r(set varchar, code varchar, "nameVi" text, "nameEn" text, unit varchar,
                source varchar, count jsonb, breakdowns varchar[], position int)
       ON CONFLICT (set, code) DO NOTHING`,
      [JSON.stringify(INDICATORS)],
    );
    await queryRunner.query(
      `WITH moved AS (
         SELECT c.id, c.risk_factors AS before,
                (SELECT coalesce(jsonb_agg(e), '[]'::jsonb) FROM jsonb_array_elements(c.risk_factors) e
                  WHERE e->>'code' <> 'injured_in_accident') AS after
           FROM children c
          WHERE c.risk_factors @> '[{"code": "injured_in_accident"}]'
       ), injuries AS (
         INSERT INTO child_injuries (child_id, kind, occurred_on, outcome, created_by_name, created_at)
         SELECT c.id, 'other', coalesce(nullif(e->>'since', '')::date, c.created_at::date), 'unknown',
                'Hệ thống', now()
           FROM children c JOIN moved m ON m.id = c.id
          CROSS JOIN LATERAL jsonb_array_elements(c.risk_factors) e
          WHERE e->>'code' = 'injured_in_accident'
       ), history AS (
         INSERT INTO child_history (child_id, actor_name, action, reason, changes)
         SELECT id, 'Hệ thống', 'injury_registered',
                'Tai nạn, thương tích được ghi vào sổ tai nạn, thương tích, không còn là yếu tố nguy cơ',
                jsonb_build_object('riskFactors', jsonb_build_object('from', before, 'to', after))
           FROM moved
       )
       UPDATE children c SET risk_factors = m.after, version = c.version + 1, updated_at = now()
         FROM moved m WHERE c.id = m.id`,
    );
    await queryRunner.query(
      `UPDATE reference_items SET active = false
        WHERE list = 'risk-factors' AND code = 'injured_in_accident'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The moved entries stay in the register's place: a record's history is not rewritten.
    await queryRunner.query(
      `UPDATE reference_items SET active = true
        WHERE list = 'risk-factors' AND code = 'injured_in_accident'`,
    );
    await queryRunner.query(`DELETE FROM indicator_definitions WHERE source = 'injuries'`);
    await queryRunner.query(
      `UPDATE indicator_definitions SET position = position - 2 WHERE set = 'III'`,
    );
    await queryRunner.query(`DELETE FROM reference_items WHERE list = 'injury-kinds'`);
    await queryRunner.query('DROP INDEX "public"."IDX_94c2ab9467fff17473cef1d92c"');
    await queryRunner.query('DROP TABLE "report_injury_cells"');
    await queryRunner.query('DROP INDEX "public"."IDX_3ad0d15441e8ed55713a31c4cf"');
    await queryRunner.query('DROP TABLE "child_injuries"');
  }
}
