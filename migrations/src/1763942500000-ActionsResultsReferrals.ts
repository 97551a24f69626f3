import { MigrationInterface, QueryRunner } from 'typeorm';

/** The journey's records on a venture: action items, economic results per period, referrals to partners. */
export class ActionsResultsReferrals1763942500000 implements MigrationInterface {
  name = 'ActionsResultsReferrals1763942500000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE action_item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        venture_id uuid NOT NULL,
        title text NOT NULL,
        details text,
        owner_kind text NOT NULL,
        owner_user_id uuid,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN',
        done_at timestamptz,
        source_kind text,
        source_id uuid,
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT action_item_pkey PRIMARY KEY (id),
        CONSTRAINT action_item_title_check CHECK (btrim(title) <> ''),
        CONSTRAINT action_item_owner_kind_check CHECK (owner_kind IN ('COACH', 'ENTREPRENEUR')),
        CONSTRAINT action_item_owner_user_check CHECK (owner_kind = 'COACH' OR owner_user_id IS NULL),
        CONSTRAINT action_item_status_check CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
        CONSTRAINT action_item_done_at_check CHECK ((status = 'DONE') = (done_at IS NOT NULL)),
        CONSTRAINT action_item_source_check CHECK ((source_kind IS NULL OR source_kind IN ('SESSION', 'DIAGNOSTIC', 'OTHER')) AND (source_id IS NULL OR source_kind IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX action_item_venture_id_idx ON action_item (venture_id, due_on)`);
    await q.query(`CREATE INDEX action_item_owner_user_id_idx ON action_item (owner_user_id, status)`);
    await q.query(
      `ALTER TABLE action_item ADD CONSTRAINT action_item_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE action_item ADD CONSTRAINT action_item_venture_id_fkey FOREIGN KEY (venture_id) REFERENCES venture(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE action_item ADD CONSTRAINT action_item_owner_user_id_fkey FOREIGN KEY (owner_user_id) REFERENCES app_user(id) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE action_item ADD CONSTRAINT action_item_created_by_fkey FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE economic_result (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        venture_id uuid NOT NULL,
        period_kind text NOT NULL,
        period_start date NOT NULL,
        revenue numeric(14,2) NOT NULL,
        costs numeric(14,2),
        jobs_women integer NOT NULL DEFAULT 0,
        jobs_youth integer NOT NULL DEFAULT 0,
        jobs_total integer NOT NULL DEFAULT 0,
        active_members integer,
        entered_by uuid,
        entered_by_role text NOT NULL,
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT economic_result_pkey PRIMARY KEY (id),
        CONSTRAINT economic_result_period_kind_check CHECK (period_kind IN ('MONTH', 'QUARTER')),
        CONSTRAINT economic_result_period_start_check CHECK (extract(day FROM period_start) = 1 AND (period_kind = 'MONTH' OR extract(month FROM period_start) IN (1, 4, 7, 10))),
        CONSTRAINT economic_result_amounts_check CHECK (revenue >= 0 AND (costs IS NULL OR costs >= 0)),
        CONSTRAINT economic_result_jobs_check CHECK (jobs_women >= 0 AND jobs_youth >= 0 AND jobs_total >= jobs_women AND jobs_total >= jobs_youth),
        CONSTRAINT economic_result_active_members_check CHECK (active_members IS NULL OR active_members >= 0),
        CONSTRAINT economic_result_entered_by_role_check CHECK (entered_by_role IN ('ADMIN', 'PROGRAM_LEAD', 'COACH', 'ENTREPRENEUR'))
      )`);
    await q.query(`CREATE UNIQUE INDEX economic_result_period_key ON economic_result (venture_id, period_kind, period_start)`);
    await q.query(
      `ALTER TABLE economic_result ADD CONSTRAINT economic_result_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE economic_result ADD CONSTRAINT economic_result_venture_id_fkey FOREIGN KEY (venture_id) REFERENCES venture(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE economic_result ADD CONSTRAINT economic_result_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES app_user(id) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await q.query(`
      CREATE TABLE referral (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        venture_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        kind text NOT NULL,
        referred_on date NOT NULL,
        outcome text NOT NULL DEFAULT 'PENDING',
        outcome_on date,
        amount numeric(14,2),
        note text,
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT referral_pkey PRIMARY KEY (id),
        CONSTRAINT referral_kind_check CHECK (kind IN ('LOAN', 'BUYER', 'FAIR', 'TRAINING', 'INCUBATION', 'ADMINISTRATION', 'OTHER')),
        CONSTRAINT referral_outcome_check CHECK (outcome IN ('PENDING', 'LOAN_OBTAINED', 'CONTRACT_SIGNED', 'FAIR_STAND', 'CERTIFICATE', 'DECLINED', 'OTHER')),
        CONSTRAINT referral_outcome_on_check CHECK (outcome_on IS NULL OR outcome_on >= referred_on),
        CONSTRAINT referral_amount_check CHECK (amount IS NULL OR amount >= 0)
      )`);
    await q.query(`CREATE INDEX referral_venture_id_idx ON referral (venture_id, referred_on)`);
    await q.query(`CREATE INDEX referral_partner_id_idx ON referral (partner_id)`);
    await q.query(
      `ALTER TABLE referral ADD CONSTRAINT referral_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE referral ADD CONSTRAINT referral_venture_id_fkey FOREIGN KEY (venture_id) REFERENCES venture(id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE referral ADD CONSTRAINT referral_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES partner(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE referral ADD CONSTRAINT referral_created_by_fkey FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral`);
    await q.query(`DROP TABLE economic_result`);
    await q.query(`DROP TABLE action_item`);
  }
}
