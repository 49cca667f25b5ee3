import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each statement that writes to the outbox notifies `outbox_messages` when its transaction
 * commits, so the relays listening there dispatch the message at once instead of at their next poll.
 */
export class OutboxNotify1796310000000 implements MigrationInterface {
  name = 'OutboxNotify1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION outbox_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('outbox_messages', ''); RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
       FOR EACH STATEMENT EXECUTE FUNCTION outbox_messages_notify()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER outbox_messages_notify ON outbox_messages');
    await queryRunner.query('DROP FUNCTION outbox_messages_notify()');
  }
}
