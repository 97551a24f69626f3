import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset links: single-use, expiring. The link carries a random token; only its SHA-256
 * is stored. An admin (or the CLI) creates one for a user who forgot her password and hands it
 * over; using it sets a new password and ends every session of the account.
 */
export class PasswordResetTokens1764860000000 implements MigrationInterface {
  name = 'PasswordResetTokens1764860000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset_token (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT password_reset_token_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE UNIQUE INDEX password_reset_token_token_hash_key ON password_reset_token (token_hash)`);
    await q.query(`CREATE INDEX password_reset_token_user_id_idx ON password_reset_token (user_id)`);
    await q.query(`ALTER TABLE password_reset_token ADD CONSTRAINT password_reset_token_user_id_fkey
      FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset_token`);
  }
}
