import { checkPerson, duplicateProbe, EMPTY_PERSON, fieldMessageKey, toCreateInput, toUpdateInput, valuesFromPerson } from './personForm';
import { makePerson } from '../../test/factories';

describe('the person form values', () => {
  const filled = { ...EMPTY_PERSON, firstName: ' Khadija ', lastName: 'Ait Lahcen', gender: 'F' as const, regionCode: 'MA-09' };

  it('checks the required fields, lengths and the birth date', () => {
    expect(checkPerson(EMPTY_PERSON)).toEqual({ firstName: 'REQUIRED', lastName: 'REQUIRED', gender: 'REQUIRED', regionCode: 'REQUIRED' });
    expect(checkPerson(filled)).toEqual({});
    expect(checkPerson({ ...filled, firstName: 'x'.repeat(201) })).toEqual({ firstName: 'TOO_LONG' });
    expect(checkPerson({ ...filled, birthDate: '2030-01-01' }, '2026-05-01')).toEqual({ birthDate: 'INVALID_VALUE' });
  });

  it('creates with the filled fields only, trimmed', () => {
    const consent = { consentGiven: 'yes' as const, consentOn: '2026-05-01', consentChannel: 'PAPER' as const, consentGivenBy: 'SELF' as const };
    expect(toCreateInput({ ...filled, phone: ' 06 12 34 56 78 ', neet: 'no', commune: '  ', ...consent })).toEqual({
      firstName: 'Khadija',
      lastName: 'Ait Lahcen',
      gender: 'F',
      regionCode: 'MA-09',
      phone: '06 12 34 56 78',
      neet: false,
      consent: { givenOn: '2026-05-01', channel: 'PAPER', givenBy: 'SELF' },
    });
  });

  it('without her consent, sends only her name, gender and region', () => {
    expect(toCreateInput({ ...filled, phone: '0612345678', neet: 'no', birthDate: '1990-01-01' })).toEqual({
      firstName: 'Khadija',
      lastName: 'Ait Lahcen',
      gender: 'F',
      regionCode: 'MA-09',
    });
    expect(checkPerson({ ...filled, consentGiven: 'yes' }, '2026-05-01')).toEqual({ consentOn: 'INVALID_VALUE', consentChannel: 'REQUIRED', consentGivenBy: 'REQUIRED' });
  });

  it('updates only what changed, with the version read; a blank national ID keeps the stored one', () => {
    const initial = valuesFromPerson(makePerson());
    expect(toUpdateInput('p-1', 3, initial, initial)).toBeNull();
    expect(toUpdateInput('p-1', 3, initial, { ...initial, phone: '0611223344', commune: '' })).toEqual({ id: 'p-1', version: 3, phone: '0611223344', commune: null });
    expect(toUpdateInput('p-1', 3, initial, { ...initial, nationalId: 'JB123456', neet: '' })).toEqual({ id: 'p-1', version: 3, nationalId: 'JB123456', neet: null });
  });

  it('asks for duplicates once there is something to match', () => {
    expect(duplicateProbe(EMPTY_PERSON)).toBeNull();
    expect(duplicateProbe({ ...EMPTY_PERSON, firstName: 'Fatima' })).toBeNull();
    expect(duplicateProbe({ ...EMPTY_PERSON, firstName: 'Fatima', lastName: 'El Amrani', birthDate: '1989-02-07' })).toEqual({
      firstName: 'Fatima',
      lastName: 'El Amrani',
      gender: 'F',
      regionCode: 'MA-01',
      birthDate: '1989-02-07',
    });
    expect(duplicateProbe({ ...EMPTY_PERSON, phone: '06 10 00 00 00', nationalId: 'RQ1' })).toEqual({ firstName: '-', lastName: '-', gender: 'F', regionCode: 'MA-01', phone: '06 10 00 00 00' });
    expect(duplicateProbe({ ...EMPTY_PERSON, nationalId: 'rq100000' })).toMatchObject({ nationalId: 'rq100000' });
  });

  it('words some server reasons for their field', () => {
    expect(fieldMessageKey('nationalId', 'DUPLICATE' as never)).toBe('people.form.errors.nationalIdDuplicate');
    expect(fieldMessageKey('phone', 'INVALID_VALUE')).toBe('people.form.errors.phoneInvalid');
    expect(fieldMessageKey('commune', 'TOO_LONG')).toBe('errors.reasons.TOO_LONG');
  });
});
