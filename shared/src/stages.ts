/** The journey of a venture, from a project idea to a growing income-generating activity (domain.md). */
export enum Stage {
  IDEA = 'IDEA',
  VALIDATION = 'VALIDATION',
  STRUCTURING = 'STRUCTURING',
  LAUNCH = 'LAUNCH',
  OPERATING = 'OPERATING',
  GROWING = 'GROWING',
}

export const STAGES: readonly Stage[] = [Stage.IDEA, Stage.VALIDATION, Stage.STRUCTURING, Stage.LAUNCH, Stage.OPERATING, Stage.GROWING];

export const stageIndex = (stage: Stage): number => STAGES.indexOf(stage);

/** Whole days between two instants (for "time in stage"), never negative. */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
}

/** The median of a list of numbers (null when empty). */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
