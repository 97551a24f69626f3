import {
  IMPORT_REGIONS,
  ImportProblem,
  importProblemMessage,
  mapImportHeaders,
  matchImportHeader,
  parseImportArea,
  parseImportBoolean,
  parseImportDate,
  parseImportEducation,
  parseImportGender,
  parseImportRole,
  placeIndex,
} from './people-import';

describe('people import format', () => {
  it('matches headers ignoring case, accents, spaces, underscores, hyphens and apostrophes, with aliases', () => {
    expect(['Prénom', 'prenom', 'PRENOM', 'first_name', 'First-Name'].map(matchImportHeader)).toEqual(Array(5).fill('firstName'));
    expect(matchImportHeader("Niveau d'étude")).toBe('education');
    expect(matchImportHeader('niveau detude')).toBe('education');
    expect(matchImportHeader('Date_de_naissance')).toBe('birthDate');
    expect(matchImportHeader('GSM')).toBe('phone');
    expect(matchImportHeader('Remarques')).toBeUndefined();
  });

  it('maps a header row, reports unknown and missing columns, and takes the user’s corrections', () => {
    const m = mapImportHeaders(['Nom', 'Prénom', 'Sexe', 'Région', 'Milieu', 'NEET', 'Programme', 'Notes', 'Nom']);
    expect(m.columns).toEqual(['lastName', 'firstName', 'gender', 'region', 'area', 'neet', 'program', null, null]);
    expect(m.unknown).toEqual([7, 8]);
    expect(m.missing).toEqual([]);
    const fixed = mapImportHeaders(['Family', 'Prénom', 'Sexe', 'Région', 'Milieu', 'NEET', 'Programme', 'Notes'], {
      Family: 'lastName',
      Notes: null,
    });
    expect(fixed.columns[0]).toBe('lastName');
    expect(fixed.unknown).toEqual([]);
    expect(mapImportHeaders(['Nom']).missing).toEqual(['firstName', 'gender', 'region', 'area', 'neet', 'program']);
  });

  it('reads values in every accepted writing', () => {
    expect(['F', 'femme', 'Female', 'أنثى', 'M', 'HOMME', 'male', 'ذكر', 'x'].map(parseImportGender)).toEqual([
      'F',
      'F',
      'F',
      'F',
      'M',
      'M',
      'M',
      'M',
      undefined,
    ]);
    expect(['rural', 'Urbain', 'urban', 'ville'].map(parseImportArea)).toEqual(['RURAL', 'URBAN', 'URBAN', undefined]);
    expect(['oui', 'NON', 'yes', 'no', 'TRUE', 'false', '1', '0', 'peut-être'].map(parseImportBoolean)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      undefined,
    ]);
    expect(
      ['aucun', 'primaire', 'Collège', 'lycée', 'supérieur', 'formation_professionnelle', 'doctorat'].map(parseImportEducation),
    ).toEqual(['NONE', 'PRIMARY', 'MIDDLE_SCHOOL', 'HIGH_SCHOOL', 'HIGHER', 'VOCATIONAL', undefined]);
    expect(['présidente', 'President', 'vice-président', 'trésorière', 'secretaire', 'membre', 'roi'].map(parseImportRole)).toEqual([
      'PRESIDENT',
      'PRESIDENT',
      'VICE_PRESIDENT',
      'TREASURER',
      'SECRETARY',
      'MEMBER',
      undefined,
    ]);
  });

  it('reads real dates only, in both writings', () => {
    expect(parseImportDate('1991-04-12')).toBe('1991-04-12');
    expect(parseImportDate('05/06/1999')).toBe('1999-06-05');
    expect(parseImportDate('5/6/1999')).toBe('1999-06-05');
    expect(parseImportDate('31/02/1990')).toBeUndefined();
    expect(parseImportDate('2025-13-01')).toBeUndefined();
    expect(parseImportDate('1999')).toBeUndefined();
    expect(parseImportDate('1899-01-01')).toBeUndefined();
  });

  it('finds regions by code or French, Arabic or English name, with or without "Région"/"جهة"', () => {
    const region = placeIndex(IMPORT_REGIONS);
    expect(['MA-09', 'ma-09', 'Souss-Massa', 'SOUSS MASSA', 'Région Souss-Massa', 'سوس - ماسة', 'جهة سوس ماسة'].map(region)).toEqual(
      Array(7).fill('MA-09'),
    );
    expect(["L'Oriental", 'oriental', 'Oriental', 'الشرق'].map(region)).toEqual(Array(4).fill('MA-02'));
    expect(
      [
        'Béni Mellal-Khénifra',
        'beni mellal khenifra',
        'MARRAKECH-SAFI',
        'Marrakesh-Safi',
        'مراكش - آسفي',
        'Fez-Meknes',
        'Tanger-Tétouan-Al Hoceïma',
      ].map(region),
    ).toEqual(['MA-05', 'MA-05', 'MA-07', 'MA-07', 'MA-07', 'MA-03', 'MA-01']);
    expect(region('Atlantis')).toBeUndefined();
    const province = placeIndex([{ code: 'MA-09-TAR', names: ['Taroudannt', 'تارودانت'] }]);
    expect(['Taroudant', 'taroudannt', 'Province de Taroudannt', 'تارودانت'].map(province)).toEqual(Array(4).fill('MA-09-TAR'));
  });

  it('has a message for every problem in Arabic, French and English', () => {
    for (const problem of Object.values(ImportProblem))
      for (const l of ['ar', 'fr', 'en']) expect(importProblemMessage(problem, l)).toBeTruthy();
  });
});
