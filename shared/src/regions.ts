/** Morocco's 12 regions (ISO 3166-2:MA), official names. Reference data shared by every organisation. */
export interface RegionRef {
  code: string;
  nameFr: string;
  nameAr: string;
}

export const MOROCCO_REGIONS: readonly RegionRef[] = [
  { code: 'MA-01', nameFr: 'Tanger-Tétouan-Al Hoceïma', nameAr: 'طنجة - تطوان - الحسيمة' },
  { code: 'MA-02', nameFr: "L'Oriental", nameAr: 'الشرق' },
  { code: 'MA-03', nameFr: 'Fès-Meknès', nameAr: 'فاس - مكناس' },
  { code: 'MA-04', nameFr: 'Rabat-Salé-Kénitra', nameAr: 'الرباط - سلا - القنيطرة' },
  { code: 'MA-05', nameFr: 'Béni Mellal-Khénifra', nameAr: 'بني ملال - خنيفرة' },
  { code: 'MA-06', nameFr: 'Casablanca-Settat', nameAr: 'الدار البيضاء - سطات' },
  { code: 'MA-07', nameFr: 'Marrakech-Safi', nameAr: 'مراكش - آسفي' },
  { code: 'MA-08', nameFr: 'Drâa-Tafilalet', nameAr: 'درعة - تافيلالت' },
  { code: 'MA-09', nameFr: 'Souss-Massa', nameAr: 'سوس - ماسة' },
  { code: 'MA-10', nameFr: 'Guelmim-Oued Noun', nameAr: 'كلميم - واد نون' },
  { code: 'MA-11', nameFr: 'Laâyoune-Sakia El Hamra', nameAr: 'العيون - الساقية الحمراء' },
  { code: 'MA-12', nameFr: 'Dakhla-Oued Ed-Dahab', nameAr: 'الداخلة - وادي الذهب' },
];
