import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification outbox. A row per message per recipient per channel, unique by `dedupe_key`,
 * so planning twice plans nothing new; the dispatcher claims rows before sending, so nothing is
 * sent twice.
 */
export class Notifications1764029200000 implements MigrationInterface {
  name = 'Notifications1764029200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        recipient_user_id uuid,
        recipient_person_id uuid,
        channel text NOT NULL,
        kind text NOT NULL,
        session_id uuid,
        locale text NOT NULL DEFAULT 'fr',
        body text NOT NULL,
        dedupe_key text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        send_after timestamptz NOT NULL,
        claimed_at timestamptz,
        sent_at timestamptz,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_pkey PRIMARY KEY (id),
        CONSTRAINT notification_channel_check CHECK (channel IN ('IN_APP', 'SMS', 'WHATSAPP', 'EMAIL', 'LOG')),
        CONSTRAINT notification_status_check CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
        CONSTRAINT notification_recipient_check CHECK (recipient_user_id IS NOT NULL OR recipient_person_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX notification_dedupe_key ON notification (dedupe_key)`);
    await q.query(`CREATE INDEX notification_due_idx ON notification (status, send_after)`);
    await q.query(`CREATE INDEX notification_recipient_user_idx ON notification (recipient_user_id, created_at)`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_session_id_fkey FOREIGN KEY (session_id) REFERENCES coaching_session(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
  }
}
