import { programUpdateInput, validateProgramEdit } from './ProgramEditDialog';
import { targetsInput, validateTargets } from './ProgramTargets';

describe('programme targets and edit', () => {
  it('turns typed percentages into shares and leaves counts as they are', () => {
    expect(
      targetsInput([
        { indicator: 'WOMEN', value: 150, dueOn: '2027-06-30' },
        { indicator: 'NEET_SHARE', value: '50', dueOn: '' },
        { indicator: 'DROPOUT_RATE', value: 12.5, dueOn: '' },
      ]),
    ).toEqual([
      { indicator: 'WOMEN', value: 150, dueOn: '2027-06-30' },
      { indicator: 'NEET_SHARE', value: 0.5 },
      { indicator: 'DROPOUT_RATE', value: 0.125 },
    ]);
  });

  it('refuses a missing indicator, an indicator twice, and a percentage above 100', () => {
    expect(
      validateTargets({
        targets: [
          { indicator: '', value: 3, dueOn: '' },
          { indicator: 'WOMEN_SHARE', value: 120, dueOn: '' },
          { indicator: 'WOMEN_SHARE', value: '', dueOn: '' },
        ],
      }),
    ).toEqual({
      'targets.0.indicator': 'errors.reasons.REQUIRED',
      'targets.1.value': 'programs:targets.percentRange',
      'targets.2.indicator': 'programs:targets.duplicate',
      'targets.2.value': 'errors.reasons.REQUIRED',
    });
  });

  it('needs a lead, dates in order and a stall threshold between 7 and 730 days; sends the leads with the version', () => {
    const values = {
      name: 'Femmes rurales',
      description: '',
      startsOn: '2027-05-01',
      endsOn: '2027-01-01',
      regionCodes: [],
      leadIds: [],
      partnerIds: [],
      stallAfterDays: 3,
    };
    expect(validateProgramEdit(values)).toEqual({
      endsOn: 'programs.errors.endBeforeStart',
      leadIds: 'programs:edit.leadRequired',
      stallAfterDays: 'programs:edit.stallRange',
    });
    expect(
      programUpdateInput({ id: 'pr-1', version: 5 }, { ...values, endsOn: '', leadIds: ['u-1'], partnerIds: ['pa-1'], stallAfterDays: '' }),
    ).toEqual({
      id: 'pr-1',
      version: 5,
      name: 'Femmes rurales',
      description: null,
      startsOn: '2027-05-01',
      endsOn: null,
      regionCodes: [],
      leadIds: ['u-1'],
      partnerIds: ['pa-1'],
    });
  });
});
