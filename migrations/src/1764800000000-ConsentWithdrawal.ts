import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's withdrawal of her consent (when, through which channel). From then on only her name,
 * gender, region and programme are kept (the application clears the rest in the same transaction).
 * The person table is already audited.
 */
export class ConsentWithdrawal1764800000000 implements MigrationInterface {
  name = 'ConsentWithdrawal1764800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person ADD consent_withdrawn_on date`);
    await q.query(`ALTER TABLE person ADD consent_withdrawn_channel text`);
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_consent_withdrawn_channel_check CHECK (consent_withdrawn_channel IS NULL OR consent_withdrawn_channel IN ('PAPER', 'ORAL', 'ONLINE', 'PHONE'))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_consent_withdrawn_channel_check`);
    await q.query(`ALTER TABLE person DROP COLUMN consent_withdrawn_channel`);
    await q.query(`ALTER TABLE person DROP COLUMN consent_withdrawn_on`);
  }
}
