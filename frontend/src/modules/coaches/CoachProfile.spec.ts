import { enrolmentUpdateInput } from '../people/EnrolmentStatusDialog';
import { coachProfileInput, coachProfileValues } from './CoachProfileDialog';

describe('coach profile and enrolment coaches requests', () => {
  it('sends the profile with the version read (none for a first profile), leaving working hours alone', () => {
    const values = { ...coachProfileValues(null), expertise: [' marketing ', ''], languages: ['ar', 'fr'], weeklyCapacityHours: 30 };
    expect(coachProfileInput('u-c', undefined, values)).toEqual({
      userId: 'u-c',
      expertise: ['marketing'],
      languages: ['ar', 'fr'],
      regionCodes: [],
      provinceCodes: [],
      valueChainIds: [],
      weeklyCapacityHours: 30,
      external: false,
      bio: null,
    });
    expect(coachProfileInput('u-c', 2, { ...values, weeklyCapacityHours: '' })).toMatchObject({ version: 2, weeklyCapacityHours: null });
  });

  it('sends the provinces chosen, dropping those of a region no longer chosen', () => {
    const values = { ...coachProfileValues(null), regionCodes: ['MA-09'], provinceCodes: ['MA-09-TIZ', 'MA-01-TNG'] };
    const provinceRegions = new Map([
      ['MA-09-TIZ', 'MA-09'],
      ['MA-01-TNG', 'MA-01'],
    ]);
    expect(coachProfileInput('u-c', 1, values, provinceRegions)).toMatchObject({ regionCodes: ['MA-09'], provinceCodes: ['MA-09-TIZ'] });
  });

  it('changes an enrolment coaches only when they changed', () => {
    const enrolment = { id: 'e-1', version: 3, coaches: [{ __typename: 'User' as const, id: 'u-1', displayName: 'Salma Idrissi' }] };
    expect(enrolmentUpdateInput(enrolment, { status: 'ACTIVE', dropoutReason: '', coachIds: ['u-1'] })).toEqual({
      id: 'e-1',
      version: 3,
      status: 'ACTIVE',
      dropoutReason: null,
    });
    expect(enrolmentUpdateInput(enrolment, { status: 'ACTIVE', dropoutReason: '', coachIds: ['u-1', 'u-2'] })).toEqual({
      id: 'e-1',
      version: 3,
      status: 'ACTIVE',
      dropoutReason: null,
      coachIds: ['u-1', 'u-2'],
    });
  });
});
