import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Special-circumstance groups (with their sub-groups) whose data is sensitive under Law 91/2025. */
const CIRCUMSTANCES = [
  'd', // khuyết tật: disability
  'đ', // nhiễm HIV/AIDS
  'e', // vi phạm pháp luật: offending
  'g', // nghiện ma túy: drug use
  'i', // tổn hại nghiêm trọng do bạo lực: violence
  'k', // bị bóc lột (lao động, khiêu dâm, mại dâm): exploitation
  'l', // bị xâm hại tình dục: sexual abuse
  'm', // bị mua bán: trafficking
  'n', // bệnh hiểm nghèo, điều trị dài ngày: serious illness
];
/** Risk factors that tell sensitive data about the child's family. */
const RISKS = ['domestic_violence', 'parent_in_prison', 'parent_drug_use'];

/**
 * The registry's sensitive categories (issue 25): the code-list entries marked
 * `attributes.sensitive`, which the registry withholds from those without children:sensitive,
 * from lists, and from an export without a reason.
 */
export class SensitiveCategories1796591500000 implements MigrationInterface {
  name = 'SensitiveCategories1796591500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE reference_items SET attributes = attributes || '{"sensitive": true}'
       WHERE (list = 'special-circumstances' AND (code = ANY($1) OR parent_code = ANY($1)))
          OR (list = 'risk-factors' AND code = ANY($2))`,
      [CIRCUMSTANCES, RISKS],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE reference_items SET attributes = attributes - 'sensitive'
       WHERE list IN ('special-circumstances', 'risk-factors')`,
    );
  }
}
