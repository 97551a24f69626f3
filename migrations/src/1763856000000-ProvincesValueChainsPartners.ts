import { MigrationInterface, QueryRunner } from 'typeorm';

type Kind = 'province' | 'prefecture';

/**
 * Morocco's 75 provinces and prefectures (decree 2-15-40 of 2015: 62 provinces, 13 prefectures),
 * official French and Arabic names, frozen here so that this migration always seeds the same rows.
 *
 * Code scheme: `<region code>-<XXX>`, where `<region code>` is the region's ISO 3166-2:MA code and
 * `XXX` the three letters of the province's own ISO 3166-2:MA code (Taroudannt, ISO `MA-TAR`, in
 * Souss-Massa `MA-09` → `MA-09-TAR`). The prefix makes the region readable from the code; the
 * suffix maps back to ISO. Codes are primary keys: never renamed.
 */
const PROVINCES: ReadonlyArray<readonly [region: string, suffix: string, kind: Kind, nameFr: string, nameAr: string]> = [
  // MA-01 Tanger-Tétouan-Al Hoceïma (8)
  ['MA-01', 'TNG', 'prefecture', 'Tanger-Assilah', 'طنجة - أصيلة'],
  ['MA-01', 'MDF', 'prefecture', "M'diq-Fnideq", 'المضيق - الفنيدق'],
  ['MA-01', 'TET', 'province', 'Tétouan', 'تطوان'],
  ['MA-01', 'FAH', 'province', 'Fahs-Anjra', 'الفحص - أنجرة'],
  ['MA-01', 'LAR', 'province', 'Larache', 'العرائش'],
  ['MA-01', 'HOC', 'province', 'Al Hoceïma', 'الحسيمة'],
  ['MA-01', 'CHE', 'province', 'Chefchaouen', 'شفشاون'],
  ['MA-01', 'OUZ', 'province', 'Ouezzane', 'وزان'],
  // MA-02 L'Oriental (8)
  ['MA-02', 'OUJ', 'prefecture', 'Oujda-Angad', 'وجدة - أنكاد'],
  ['MA-02', 'NAD', 'province', 'Nador', 'الناظور'],
  ['MA-02', 'DRI', 'province', 'Driouch', 'الدريوش'],
  ['MA-02', 'JRA', 'province', 'Jerada', 'جرادة'],
  ['MA-02', 'BER', 'province', 'Berkane', 'بركان'],
  ['MA-02', 'TAI', 'province', 'Taourirt', 'تاوريرت'],
  ['MA-02', 'GUF', 'province', 'Guercif', 'جرسيف'],
  ['MA-02', 'FIG', 'province', 'Figuig', 'فجيج'],
  // MA-03 Fès-Meknès (9)
  ['MA-03', 'FES', 'prefecture', 'Fès', 'فاس'],
  ['MA-03', 'MEK', 'prefecture', 'Meknès', 'مكناس'],
  ['MA-03', 'HAJ', 'province', 'El Hajeb', 'الحاجب'],
  ['MA-03', 'IFR', 'province', 'Ifrane', 'إفران'],
  ['MA-03', 'MOU', 'province', 'Moulay Yacoub', 'مولاي يعقوب'],
  ['MA-03', 'SEF', 'province', 'Sefrou', 'صفرو'],
  ['MA-03', 'BOM', 'province', 'Boulemane', 'بولمان'],
  ['MA-03', 'TAO', 'province', 'Taounate', 'تاونات'],
  ['MA-03', 'TAZ', 'province', 'Taza', 'تازة'],
  // MA-04 Rabat-Salé-Kénitra (7)
  ['MA-04', 'RAB', 'prefecture', 'Rabat', 'الرباط'],
  ['MA-04', 'SAL', 'prefecture', 'Salé', 'سلا'],
  ['MA-04', 'SKH', 'prefecture', 'Skhirate-Témara', 'الصخيرات - تمارة'],
  ['MA-04', 'KEN', 'province', 'Kénitra', 'القنيطرة'],
  ['MA-04', 'KHE', 'province', 'Khémisset', 'الخميسات'],
  ['MA-04', 'SIK', 'province', 'Sidi Kacem', 'سيدي قاسم'],
  ['MA-04', 'SIL', 'province', 'Sidi Slimane', 'سيدي سليمان'],
  // MA-05 Béni Mellal-Khénifra (5)
  ['MA-05', 'BEM', 'province', 'Béni Mellal', 'بني ملال'],
  ['MA-05', 'AZI', 'province', 'Azilal', 'أزيلال'],
  ['MA-05', 'FQH', 'province', 'Fquih Ben Salah', 'الفقيه بن صالح'],
  ['MA-05', 'KHN', 'province', 'Khénifra', 'خنيفرة'],
  ['MA-05', 'KHO', 'province', 'Khouribga', 'خريبكة'],
  // MA-06 Casablanca-Settat (9)
  ['MA-06', 'CAS', 'prefecture', 'Casablanca', 'الدار البيضاء'],
  ['MA-06', 'MOH', 'prefecture', 'Mohammedia', 'المحمدية'],
  ['MA-06', 'JDI', 'province', 'El Jadida', 'الجديدة'],
  ['MA-06', 'NOU', 'province', 'Nouaceur', 'النواصر'],
  ['MA-06', 'MED', 'province', 'Médiouna', 'مديونة'],
  ['MA-06', 'BES', 'province', 'Benslimane', 'بنسليمان'],
  ['MA-06', 'BRR', 'province', 'Berrechid', 'برشيد'],
  ['MA-06', 'SET', 'province', 'Settat', 'سطات'],
  ['MA-06', 'SIB', 'province', 'Sidi Bennour', 'سيدي بنور'],
  // MA-07 Marrakech-Safi (8)
  ['MA-07', 'MAR', 'prefecture', 'Marrakech', 'مراكش'],
  ['MA-07', 'CHI', 'province', 'Chichaoua', 'شيشاوة'],
  ['MA-07', 'HAO', 'province', 'Al Haouz', 'الحوز'],
  ['MA-07', 'KES', 'province', 'El Kelâa des Sraghna', 'قلعة السراغنة'],
  ['MA-07', 'ESI', 'province', 'Essaouira', 'الصويرة'],
  ['MA-07', 'REH', 'province', 'Rehamna', 'الرحامنة'],
  ['MA-07', 'SAF', 'province', 'Safi', 'آسفي'],
  ['MA-07', 'YUS', 'province', 'Youssoufia', 'اليوسفية'],
  // MA-08 Drâa-Tafilalet (5)
  ['MA-08', 'ERR', 'province', 'Errachidia', 'الرشيدية'],
  ['MA-08', 'OUA', 'province', 'Ouarzazate', 'ورزازات'],
  ['MA-08', 'MID', 'province', 'Midelt', 'ميدلت'],
  ['MA-08', 'TIN', 'province', 'Tinghir', 'تنغير'],
  ['MA-08', 'ZAG', 'province', 'Zagora', 'زاكورة'],
  // MA-09 Souss-Massa (6)
  ['MA-09', 'AGD', 'prefecture', 'Agadir Ida-Outanane', 'أكادير إداوتنان'],
  ['MA-09', 'INE', 'prefecture', 'Inezgane-Aït Melloul', 'إنزكان آيت ملول'],
  ['MA-09', 'CHT', 'province', 'Chtouka-Aït Baha', 'اشتوكة آيت باها'],
  ['MA-09', 'TAR', 'province', 'Taroudannt', 'تارودانت'],
  ['MA-09', 'TIZ', 'province', 'Tiznit', 'تيزنيت'],
  ['MA-09', 'TAT', 'province', 'Tata', 'طاطا'],
  // MA-10 Guelmim-Oued Noun (4)
  ['MA-10', 'GUE', 'province', 'Guelmim', 'كلميم'],
  ['MA-10', 'ASZ', 'province', 'Assa-Zag', 'أسا الزاك'],
  ['MA-10', 'TNT', 'province', 'Tan-Tan', 'طانطان'],
  ['MA-10', 'SIF', 'province', 'Sidi Ifni', 'سيدي إفني'],
  // MA-11 Laâyoune-Sakia El Hamra (4)
  ['MA-11', 'LAA', 'province', 'Laâyoune', 'العيون'],
  ['MA-11', 'BOD', 'province', 'Boujdour', 'بوجدور'],
  ['MA-11', 'TAF', 'province', 'Tarfaya', 'طرفاية'],
  ['MA-11', 'ESM', 'province', 'Es-Semara', 'السمارة'],
  // MA-12 Dakhla-Oued Ed-Dahab (2)
  ['MA-12', 'OUD', 'province', 'Oued Ed-Dahab', 'وادي الذهب'],
  ['MA-12', 'AOU', 'province', 'Aousserd', 'أوسرد'],
];

export class ProvincesValueChainsPartners1763856000000 implements MigrationInterface {
  name = 'ProvincesValueChainsPartners1763856000000';

  public async up(q: QueryRunner): Promise<void> {
    // Shared reference data, like `region`: no organisation.
    await q.query(`
      CREATE TABLE province (
        code text NOT NULL,
        region_code text NOT NULL,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        kind text NOT NULL,
        CONSTRAINT province_pkey PRIMARY KEY (code),
        CONSTRAINT province_kind_check CHECK (kind IN ('province', 'prefecture'))
      )`);
    await q.query(`CREATE INDEX province_region_code_idx ON province (region_code)`);
    await q.query(`ALTER TABLE province ADD CONSTRAINT province_region_code_fkey
      FOREIGN KEY (region_code) REFERENCES region(code) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(
      `INSERT INTO province (code, region_code, kind, name_fr, name_ar)
       SELECT r || '-' || s, r, k, f, a FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(r, s, k, f, a)`,
      [0, 1, 2, 3, 4].map((i) => PROVINCES.map((p) => p[i])),
    );

    await q.query(`
      CREATE TABLE value_chain (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT value_chain_pkey PRIMARY KEY (id),
        CONSTRAINT value_chain_name_fr_check CHECK (btrim(name_fr) <> ''),
        CONSTRAINT value_chain_name_ar_check CHECK (btrim(name_ar) <> '')
      )`);
    // One live value chain per French name (case-insensitive) in an organisation; also its organisation index.
    await q.query(
      `CREATE UNIQUE INDEX value_chain_organization_id_name_fr_key ON value_chain (organization_id, lower(name_fr)) WHERE archived_at IS NULL`,
    );
    await q.query(`ALTER TABLE value_chain ADD CONSTRAINT value_chain_organization_id_fkey
      FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await q.query(`
      CREATE TABLE partner (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        country_code text NOT NULL DEFAULT 'MA',
        contact_name text,
        contact_email text,
        contact_phone text,
        website text,
        notes text,
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partner_pkey PRIMARY KEY (id),
        CONSTRAINT partner_kind_check CHECK (kind IN ('FUNDER', 'IMPLEMENTING_PARTNER', 'INCUBATOR', 'TRAINING_CENTRE', 'FINANCIAL_INSTITUTION', 'OTHER')),
        CONSTRAINT partner_country_code_check CHECK (country_code ~ '^[A-Z]{2}$'),
        CONSTRAINT partner_name_check CHECK (btrim(name) <> '')
      )`);
    await q.query(`CREATE INDEX partner_organization_id_name_idx ON partner (organization_id, name)`);
    await q.query(`ALTER TABLE partner ADD CONSTRAINT partner_organization_id_fkey
      FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner`);
    await q.query(`DROP TABLE value_chain`);
    await q.query(`DROP TABLE province`);
  }
}
