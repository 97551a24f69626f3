import { EntityManager, IsNull } from 'typeorm';
import { ValueChain } from './value-chain.entity';

/** The value chains (filières) most Moroccan accompaniment programmes work with, in French and Arabic. */
export const DEFAULT_VALUE_CHAINS: ReadonlyArray<{ nameFr: string; nameAr: string }> = [
  { nameFr: 'Argan', nameAr: 'الأركان' },
  { nameFr: 'Safran', nameAr: 'الزعفران' },
  { nameFr: 'Miel', nameAr: 'العسل' },
  { nameFr: 'Olivier', nameAr: 'الزيتون' },
  { nameFr: 'Dattes', nameAr: 'التمور' },
  { nameFr: 'Couscous', nameAr: 'الكسكس' },
  { nameFr: 'Plantes aromatiques et médicinales', nameAr: 'النباتات العطرية والطبية' },
  { nameFr: 'Tissage', nameAr: 'الحياكة' },
  { nameFr: 'Poterie', nameAr: 'الفخار' },
  { nameFr: 'Tapis', nameAr: 'الزرابي' },
  { nameFr: 'Produits laitiers', nameAr: 'الحليب ومشتقاته' },
  { nameFr: 'Cactus', nameAr: 'الصبار' },
  { nameFr: 'Services numériques', nameAr: 'الخدمات الرقمية' },
  { nameFr: 'Couture et textile', nameAr: 'الخياطة والنسيج' },
  { nameFr: 'Cosmétiques', nameAr: 'مستحضرات التجميل' },
  { nameFr: 'Rose à parfum', nameAr: 'الورد العطري' },
];

/**
 * Gives an organisation the usual list of value chains (for demo data and new organisations).
 * Names it has already (live, same French name in any case) are left as they are, so it is safe to
 * run twice. Runs in the caller's transaction; answers the organisation's live value chains.
 */
export async function seedDefaultValueChains(manager: EntityManager, organizationId: string): Promise<ValueChain[]> {
  await manager.query(
    `INSERT INTO value_chain (organization_id, name_fr, name_ar)
     SELECT $1, f, a FROM unnest($2::text[], $3::text[]) AS t(f, a)
     ON CONFLICT (organization_id, lower(name_fr)) WHERE archived_at IS NULL DO NOTHING`,
    [organizationId, DEFAULT_VALUE_CHAINS.map((v) => v.nameFr), DEFAULT_VALUE_CHAINS.map((v) => v.nameAr)],
  );
  return manager.find(ValueChain, { where: { organizationId, archivedAt: IsNull() }, order: { createdAt: 'ASC', nameFr: 'ASC' } });
}
