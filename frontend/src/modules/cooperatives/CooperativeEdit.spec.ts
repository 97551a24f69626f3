import { cooperativeUpdateInput } from './EditCooperativeDialog';
import { enrolMembersInput } from './EnrolMembersDialog';

describe('cooperative edit and bulk enrolment requests', () => {
  it('sends every detail with the version read, emptied fields as null', () => {
    expect(
      cooperativeUpdateInput('c-1', 2, {
        name: ' Tifaout ',
        nameAr: '',
        legalForm: 'COOPERATIVE',
        registrationNumber: ' RC-12 ',
        createdOn: '',
        regionCode: 'MA-09',
        provinceCode: '',
        commune: 'Tafraout',
        valueChainId: 'vc-1',
      }),
    ).toEqual({
      id: 'c-1',
      version: 2,
      name: 'Tifaout',
      nameAr: null,
      legalForm: 'COOPERATIVE',
      registrationNumber: 'RC-12',
      createdOn: null,
      regionCode: 'MA-09',
      provinceCode: null,
      commune: 'Tafraout',
      valueChainId: 'vc-1',
    });
  });

  it('enrols the chosen members in one request, with the coach only when one is chosen', () => {
    const base = { personIds: ['p-1', 'p-2'], programId: 'pr-1', cohortId: '', status: 'ACTIVE' as const, coachId: '' };
    expect(enrolMembersInput(base)).toEqual({ personIds: ['p-1', 'p-2'], programId: 'pr-1', cohortId: null, status: 'ACTIVE' });
    expect(enrolMembersInput({ ...base, cohortId: 'co-1', coachId: 'u-c' })).toEqual({
      personIds: ['p-1', 'p-2'],
      programId: 'pr-1',
      cohortId: 'co-1',
      status: 'ACTIVE',
      coachIds: ['u-c'],
    });
  });
});
