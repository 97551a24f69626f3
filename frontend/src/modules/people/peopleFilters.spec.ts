import { countActiveFilters, filtersFromParams, toPersonFilter, withFilters } from './peopleFilters';

describe('the people filters in the address', () => {
  it('reads the known filters and ignores invalid values', () => {
    const values = filtersFromParams(new URLSearchParams('q=فاطمة&region=MA-09&gender=X&area=RURAL&neet=yes&programId=pr-1&cohortId=co-1&lang=ar'));
    expect(values).toEqual({ search: 'فاطمة', regionCode: 'MA-09', gender: '', area: 'RURAL', neet: 'yes', programId: 'pr-1', cohortId: 'co-1' });
    expect(toPersonFilter(values)).toEqual({ search: 'فاطمة', regionCode: 'MA-09', area: 'RURAL', neet: true, programId: 'pr-1', cohortId: 'co-1' });
    expect(countActiveFilters(values)).toBe(5);
    expect(filtersFromParams(new URLSearchParams('cohortId=co-1')).cohortId).toBe('');
  });

  it('writes changes, keeps other parameters, and forgets the cohort of another programme', () => {
    const next = withFilters(new URLSearchParams('lang=ar&programId=pr-1&cohortId=co-1'), { programId: 'pr-2', search: '  ' });
    expect(next.toString()).toBe('lang=ar&programId=pr-2&q=++');
    expect(withFilters(next, { programId: '' }).toString()).toBe('lang=ar&q=++');
    expect(toPersonFilter(filtersFromParams(next))).toEqual({ programId: 'pr-2' });
  });
});
