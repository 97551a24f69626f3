import { MOROCCO_REGIONS } from '@rafiq/shared';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763769600000 implements MigrationInterface {
  name = 'Foundation1763769600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE organization (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE UNIQUE INDEX organization_slug_key ON organization (slug)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL,
        display_name text NOT NULL,
        locale text,
        disabled_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_pkey PRIMARY KEY (id),
        CONSTRAINT app_user_role_check CHECK (role IN ('ADMIN', 'PROGRAM_LEAD', 'COACH', 'ENTREPRENEUR')),
        CONSTRAINT app_user_locale_check CHECK (locale IN ('ar', 'fr', 'en')),
        CONSTRAINT app_user_email_lower_check CHECK (email = lower(btrim(email)))
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);
    await q.query(`CREATE INDEX app_user_organization_id_idx ON app_user (organization_id)`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_organization_id_fkey
      FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await q.query(`
      CREATE TABLE auth_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        organization_id uuid NOT NULL,
        user_id uuid NOT NULL,
        ip text,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        CONSTRAINT auth_session_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE UNIQUE INDEX auth_session_token_hash_key ON auth_session (token_hash)`);
    await q.query(`CREATE INDEX auth_session_user_id_idx ON auth_session (user_id)`);
    await q.query(`ALTER TABLE auth_session ADD CONSTRAINT auth_session_user_id_fkey
      FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE NO ACTION`);

    await q.query(`
      CREATE TABLE region (
        code text NOT NULL,
        country_code text NOT NULL DEFAULT 'MA',
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        CONSTRAINT region_pkey PRIMARY KEY (code)
      )`);
    for (const r of MOROCCO_REGIONS) {
      await q.query(`INSERT INTO region (code, country_code, name_fr, name_ar) VALUES ($1, 'MA', $2, $3)`, [r.code, r.nameFr, r.nameAr]);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE region`);
    await q.query(`DROP TABLE auth_session`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE organization`);
  }
}
