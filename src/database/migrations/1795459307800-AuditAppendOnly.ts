import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly } from '../append-only.js';

/** The audit log takes inserts only. */
export class AuditAppendOnly1795459307800 implements MigrationInterface {
  name = 'AuditAppendOnly1795459307800';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of appendOnly('audit_events').up) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of appendOnly('audit_events').down) await queryRunner.query(sql);
  }
}
