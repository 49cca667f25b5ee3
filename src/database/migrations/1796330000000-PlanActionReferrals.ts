import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A referral can be made for an action of the case's plan (issue 22): its completion marks the
 * action done. Referrals made before name none. Plan actions themselves are no table: they are
 * the plan's step and the status steps after it (src/cases/plan-actions.ts), so plans submitted
 * before have every action planned.
 */
export class PlanActionReferrals1796330000000 implements MigrationInterface {
  name = 'PlanActionReferrals1796330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "referrals" ADD "plan_action_id" character varying(40)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "referrals" DROP COLUMN "plan_action_id"');
  }
}
