import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Temporary isolation is decided by the commune chair (Decree 56/2017 art. 32): each case keeps
 * the decision behind its isolation (number, date, chair, children). An isolation a social worker
 * recorded before stays as it was, without a decision (null), and its deadline stays open.
 */
export class IsolationDecisions1796360000000 implements MigrationInterface {
  name = 'IsolationDecisions1796360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "cases" ADD "isolation_decision" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "isolation_decision"');
  }
}
