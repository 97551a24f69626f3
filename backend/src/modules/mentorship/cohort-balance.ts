/** How far a coach travels to a person: same province, same region, or further. */
export enum Travel {
  SAME_PROVINCE = 'SAME_PROVINCE',
  SAME_REGION = 'SAME_REGION',
  ELSEWHERE = 'ELSEWHERE',
}

export interface BalancePerson {
  enrolmentId: string;
  personId: string;
  regionCode: string;
  provinceCode: string | null;
}

export interface BalanceCoach {
  id: string;
  name: string;
  /** People she can follow in all (null: not set — counted as DEFAULT_CAPACITY) */
  capacity: number | null;
  /** People she follows now */
  load: number;
  provinceCodes: readonly string[];
  regionCodes: readonly string[];
}

export interface BalancedAssignment {
  enrolmentId: string;
  personId: string;
  coachId: string;
  travel: Travel;
}

/** Capacity assumed for a coach whose profile does not say. */
export const DEFAULT_CAPACITY = 20;

const TIER: Record<Travel, number> = { [Travel.SAME_PROVINCE]: 2, [Travel.SAME_REGION]: 1, [Travel.ELSEWHERE]: 0 };

export function travelBetween(person: BalancePerson, coach: BalanceCoach): Travel {
  if (person.provinceCode && coach.provinceCodes.includes(person.provinceCode)) return Travel.SAME_PROVINCE;
  if (coach.regionCodes.includes(person.regionCode)) return Travel.SAME_REGION;
  return Travel.ELSEWHERE;
}

/**
 * Assigns each person a coach, never beyond a coach's capacity: the nearest coach first (same
 * province, then same region, then anyone), and among equally near ones the least loaded for her
 * capacity (load ÷ capacity), then by name. People with the fewest near coaches are placed first, so
 * that the scarce nearby places go to those who need them. Who cannot be placed is returned apart.
 */
export function balanceCohort(
  people: readonly BalancePerson[],
  coaches: readonly BalanceCoach[],
): { assignments: BalancedAssignment[]; unassigned: BalancePerson[] } {
  const load = new Map(coaches.map((c) => [c.id, c.load]));
  const cap = (c: BalanceCoach) => c.capacity ?? DEFAULT_CAPACITY;
  const nearness = (p: BalancePerson) => coaches.reduce((best, c) => Math.max(best, TIER[travelBetween(p, c)]), 0);
  const nearCount = (p: BalancePerson) => coaches.filter((c) => TIER[travelBetween(p, c)] === nearness(p)).length;
  const order = [...people].sort(
    (a, b) => nearness(b) - nearness(a) || nearCount(a) - nearCount(b) || a.personId.localeCompare(b.personId),
  );
  const assignments: BalancedAssignment[] = [];
  const unassigned: BalancePerson[] = [];
  for (const p of order) {
    const open = coaches.filter((c) => load.get(c.id)! < cap(c));
    if (!open.length) {
      unassigned.push(p);
      continue;
    }
    const best = [...open].sort(
      (a, b) =>
        TIER[travelBetween(p, b)] - TIER[travelBetween(p, a)] ||
        load.get(a.id)! / cap(a) - load.get(b.id)! / cap(b) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    )[0];
    load.set(best.id, load.get(best.id)! + 1);
    assignments.push({ enrolmentId: p.enrolmentId, personId: p.personId, coachId: best.id, travel: travelBetween(p, best) });
  }
  return { assignments, unassigned };
}
