import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP, RFC 6238) for a user: the shared secret, encrypted with the field
 * key; when it was turned on (null while she is still scanning the code); the last time step
 * accepted, so that a code cannot be used twice; and the SHA-256 of her unused recovery codes.
 * A table of its own and not columns of app_user: the audit trigger of app_user must never see
 * these values. Turning it on, off or resetting it is written to the audit trail as an event.
 */
export class TwoFactor1764830000000 implements MigrationInterface {
  name = 'TwoFactor1764830000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_two_factor (
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        secret_encrypted text NOT NULL,
        enabled_at timestamptz,
        last_time_step bigint,
        recovery_code_hashes text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_two_factor_pkey PRIMARY KEY (user_id)
      )`);
    await q.query(`ALTER TABLE user_two_factor ADD CONSTRAINT user_two_factor_user_id_fkey
      FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_two_factor`);
  }
}
