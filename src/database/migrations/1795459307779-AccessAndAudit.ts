import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessAndAudit1795459307779 implements MigrationInterface {
  name = 'AccessAndAudit1795459307779';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("seq" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_type" character varying(10) NOT NULL, "actor_id" uuid, "actor_name" text, "action" character varying(60) NOT NULL, "entity_type" character varying(40), "entity_id" text, "province_code" character varying(2), "commune_code" character varying(5), "ip" text, "user_agent" text, "request_id" text, "details" jsonb NOT NULL DEFAULT \'{}\', "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_6e299f5706e715265416fefe53e" PRIMARY KEY ("seq"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_37062d4898c71560a99ad6ad73" ON "audit_events"  ("province_code", "at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3648e11676f1929b9875ee272b" ON "audit_events"  ("at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_04c7c044146c6632491a370fc0" ON "audit_events"  ("actor_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5c7623cfe8d008e1c1fd758fbc" ON "audit_events"  ("entity_type", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "type" character varying(40) NOT NULL, "province_code" character varying(2) NOT NULL, "commune_code" character varying(5), "parent_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5a8e0c18328a68facab7f01132" ON "organizations"  ("type") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_93207185685d742de911668e69" ON "organizations"  ("province_code", "commune_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "organization_id" uuid NOT NULL, "permissions" text array NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character(64) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_6f6105c8efe05b310d046cbdb3d" UNIQUE ("prefix"), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a283bdef18876e525aefaec042" ON "api_keys"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "auth_login_throttles" ("username" character varying(200) NOT NULL, "failures" integer NOT NULL DEFAULT \'0\', "locked_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2330e5663df499c3ca1409ce041" PRIMARY KEY ("username"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "full_name" text NOT NULL, "organization_id" uuid NOT NULL, "roles" text array NOT NULL, "area_codes" text array NOT NULL DEFAULT \'{}\', "password_hash" text NOT NULL, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "active" boolean NOT NULL DEFAULT true, "mfa_enabled" boolean NOT NULL DEFAULT false, "mfa_secret" text, "recovery_code_hashes" text array NOT NULL DEFAULT \'{}\', "mfa_last_step" bigint, "mfa_pending" jsonb, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_21a659804ed7bf61eb91688dea" ON "users"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), "ip" text, "user_agent" text, CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_50ccaa6440288a06f0ba693ccc" ON "auth_sessions"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "auth_refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_95e0bce05491b0dee2f28ffd112" UNIQUE ("token_hash"), CONSTRAINT "PK_df6893d2063a4ea7bbf1eda31e5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_61b00011da0ac93bf960edcfc5" ON "auth_refresh_tokens"  ("session_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" ADD CONSTRAINT "FK_40620f4f8902a6c72a5ef84845a" FOREIGN KEY ("province_code") REFERENCES "areas"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" ADD CONSTRAINT "FK_2fea593d2d0548bf42ffa3a07ec" FOREIGN KEY ("commune_code") REFERENCES "areas"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" ADD CONSTRAINT "FK_f3a7c9411eaa5f9cbc5363de331" FOREIGN KEY ("parent_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_keys" ADD CONSTRAINT "FK_a283bdef18876e525aefaec042f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_refresh_tokens" ADD CONSTRAINT "FK_61b00011da0ac93bf960edcfc5b" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "auth_refresh_tokens" DROP CONSTRAINT "FK_61b00011da0ac93bf960edcfc5b"',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6"',
    );
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"');
    await queryRunner.query(
      'ALTER TABLE "api_keys" DROP CONSTRAINT "FK_a283bdef18876e525aefaec042f"',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" DROP CONSTRAINT "FK_f3a7c9411eaa5f9cbc5363de331"',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" DROP CONSTRAINT "FK_2fea593d2d0548bf42ffa3a07ec"',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" DROP CONSTRAINT "FK_40620f4f8902a6c72a5ef84845a"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_61b00011da0ac93bf960edcfc5"');
    await queryRunner.query('DROP TABLE "auth_refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."IDX_50ccaa6440288a06f0ba693ccc"');
    await queryRunner.query('DROP TABLE "auth_sessions"');
    await queryRunner.query('DROP INDEX "public"."IDX_21a659804ed7bf61eb91688dea"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "auth_login_throttles"');
    await queryRunner.query('DROP INDEX "public"."IDX_a283bdef18876e525aefaec042"');
    await queryRunner.query('DROP TABLE "api_keys"');
    await queryRunner.query('DROP INDEX "public"."IDX_93207185685d742de911668e69"');
    await queryRunner.query('DROP INDEX "public"."IDX_5a8e0c18328a68facab7f01132"');
    await queryRunner.query('DROP TABLE "organizations"');
    await queryRunner.query('DROP INDEX "public"."IDX_5c7623cfe8d008e1c1fd758fbc"');
    await queryRunner.query('DROP INDEX "public"."IDX_04c7c044146c6632491a370fc0"');
    await queryRunner.query('DROP INDEX "public"."IDX_3648e11676f1929b9875ee272b"');
    await queryRunner.query('DROP INDEX "public"."IDX_37062d4898c71560a99ad6ad73"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
