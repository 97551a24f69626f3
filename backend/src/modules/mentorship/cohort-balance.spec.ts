import { balanceCohort, BalanceCoach, BalancePerson, Travel } from './cohort-balance';

const person = (id: string, regionCode: string, provinceCode: string | null): BalancePerson => ({
  enrolmentId: `e-${id}`,
  personId: id,
  regionCode,
  provinceCode,
});
const coach = (id: string, extra: Partial<BalanceCoach> = {}): BalanceCoach => ({
  id,
  name: id,
  capacity: 10,
  load: 0,
  provinceCodes: [],
  regionCodes: [],
  ...extra,
});

describe('balanceCohort', () => {
  it('prefers a coach in the same province, then the same region, then anyone', () => {
    const coaches = [
      coach('far'),
      coach('region', { regionCodes: ['SM'] }),
      coach('province', { regionCodes: ['SM'], provinceCodes: ['TAR'] }),
    ];
    const { assignments } = balanceCohort([person('a', 'SM', 'TAR'), person('b', 'SM', 'OUA'), person('c', 'DK', null)], coaches);
    const by = Object.fromEntries(assignments.map((a) => [a.personId, [a.coachId, a.travel]]));
    expect(by['a']).toEqual(['province', Travel.SAME_PROVINCE]);
    expect(by['b'][1]).toBe(Travel.SAME_REGION);
    expect(by['c'][1]).toBe(Travel.ELSEWHERE);
  });

  it('balances load against capacity among equally near coaches, and never exceeds a capacity', () => {
    // Both cover the province; "small" can take 2 more, "big" 8 more and starts busier in absolute terms.
    const coaches = [
      coach('small', { capacity: 4, load: 2, provinceCodes: ['TAR'] }),
      coach('big', { capacity: 12, load: 4, provinceCodes: ['TAR'] }),
    ];
    const people = Array.from({ length: 12 }, (_, i) => person(`p${String(i).padStart(2, '0')}`, 'SM', 'TAR'));
    const { assignments, unassigned } = balanceCohort(people, coaches);
    const count = (id: string) => assignments.filter((a) => a.coachId === id).length;
    expect(count('small')).toBe(2); // 2 + 2 = 4 = capacity
    expect(count('big')).toBe(8); // 4 + 8 = 12 = capacity
    expect(unassigned.map((p) => p.personId)).toHaveLength(2);
    // Loads stay proportional along the way: the first four go 1:1 by ratio (2/4 = 0.5 vs 4/12 = 0.33 → big first).
    expect(assignments[0].coachId).toBe('big');
  });

  it('a near coach who is full leaves the person to the next nearest', () => {
    const coaches = [coach('near', { capacity: 1, load: 1, provinceCodes: ['TAR'] }), coach('region', { regionCodes: ['SM'] })];
    const { assignments } = balanceCohort([person('a', 'SM', 'TAR')], coaches);
    expect(assignments).toEqual([{ enrolmentId: 'e-a', personId: 'a', coachId: 'region', travel: Travel.SAME_REGION }]);
  });

  it('gives the scarce nearby places to those who have no other near coach', () => {
    // "x" can go to either coach's province; "y" only has "one" nearby; "one" has a single place.
    const coaches = [coach('one', { capacity: 1, provinceCodes: ['TAR', 'AGA'] }), coach('two', { capacity: 5, provinceCodes: ['AGA'] })];
    const { assignments } = balanceCohort([person('x', 'SM', 'AGA'), person('y', 'SM', 'TAR')], coaches);
    const by = Object.fromEntries(assignments.map((a) => [a.personId, a.coachId]));
    expect(by).toEqual({ y: 'one', x: 'two' });
  });
});
