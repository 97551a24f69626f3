import { Locale } from '@rafiq/shared';
import { arabicName, displayName } from './personName';

const fatima = { firstName: 'Fatima Zahra', lastName: 'El Amrani', firstNameAr: 'فاطمة الزهراء', lastNameAr: 'العمراني' };

describe('person names', () => {
  it("shows the reader's script first when the person has it", () => {
    expect(displayName(fatima, Locale.AR)).toMatchObject({ primary: 'فاطمة الزهراء العمراني', secondary: 'Fatima Zahra El Amrani' });
    expect(displayName(fatima, Locale.FR)).toMatchObject({ primary: 'Fatima Zahra El Amrani', secondary: 'فاطمة الزهراء العمراني' });
    expect(displayName({ firstName: 'Itto', lastName: 'Ouhammou' }, Locale.AR)).toMatchObject({ primary: 'Itto Ouhammou', secondary: null });
  });

  it('completes a half-known Arabic name with the Latin part', () => {
    expect(arabicName({ firstName: 'Itto', lastName: 'Ouhammou', firstNameAr: 'إيطو', lastNameAr: null })).toBe('إيطو Ouhammou');
    expect(arabicName({ firstName: 'Itto', lastName: 'Ouhammou', firstNameAr: ' ', lastNameAr: '' })).toBeNull();
  });
});
