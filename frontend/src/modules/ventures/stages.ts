import type { Stage } from '../../gql/graphql';

/** The journey, in order (domain.md). */
export const STAGES: readonly Stage[] = ['IDEA', 'VALIDATION', 'STRUCTURING', 'LAUNCH', 'OPERATING', 'GROWING'];

/** The ventures grouped by their current stage, every stage present (in journey order). */
export function groupByStage<V extends { stage: Stage }>(ventures: readonly V[]): Record<Stage, V[]> {
  const groups = Object.fromEntries(STAGES.map((stage) => [stage, [] as V[]])) as Record<Stage, V[]>;
  for (const venture of ventures) groups[venture.stage].push(venture);
  return groups;
}

export function nextStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

/** Today as YYYY-MM-DD, in the local calendar. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
