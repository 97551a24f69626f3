import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys: a write a client may replay (a coach's phone retrying, the offline outbox)
 * carries a key; the first request stores its answer here in the same transaction as the write,
 * and a replay with the same key and the same payload gets that answer back without writing again.
 */
export class IdempotencyKeys1764730000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764730000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        organization_id uuid NOT NULL,
        user_id uuid NOT NULL,
        key text NOT NULL,
        operation text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_key_pkey PRIMARY KEY (organization_id, user_id, key),
        CONSTRAINT idempotency_key_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE CASCADE,
        CONSTRAINT idempotency_key_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT idempotency_key_key_check CHECK (char_length(key) BETWEEN 1 AND 200)
      )`);
    await q.query(`CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}
