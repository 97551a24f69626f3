import { GridDimension, GridQuestion, QuestionKind } from './diagnostic.types';

/** Rounded to one decimal. */
const r1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * A question's score between 0 and 1 (docs/indicators.md): SCALE value / 4; YES_NO 1 or 0;
 * NUMBER min(value / target, 1) (no target: 1 when above 0). Null when not answered.
 */
export function questionScore(q: Pick<GridQuestion, 'kind' | 'target'>, value: number | null | undefined): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  switch (q.kind) {
    case QuestionKind.SCALE:
      return Math.min(Math.max(value, 0), 4) / 4;
    case QuestionKind.YES_NO:
      return value > 0 ? 1 : 0;
    case QuestionKind.NUMBER:
      if (!q.target || q.target <= 0) return value > 0 ? 1 : 0;
      return Math.min(Math.max(value, 0) / q.target, 1);
  }
}

export interface Scores {
  dimensions: Record<string, number | null>;
  overall: number | null;
}

/**
 * Dimension score (0–100) = 100 × Σ(weight × question score) / Σ(weight) over its answered
 * questions; overall = Σ(dimension weight × dimension score) / Σ(dimension weight) over the
 * dimensions that have a score. Unanswered questions count neither for nor against.
 */
export function computeScores(dimensions: GridDimension[], answers: ReadonlyMap<string, number | null>): Scores {
  const result: Record<string, number | null> = {};
  let sum = 0;
  let weights = 0;
  for (const d of dimensions) {
    let s = 0;
    let w = 0;
    for (const q of d.questions) {
      const score = questionScore(q, answers.get(q.key));
      if (score === null) continue;
      s += q.weight * score;
      w += q.weight;
    }
    const dim = w > 0 ? (100 * s) / w : null;
    result[d.key] = dim === null ? null : r1(dim);
    if (dim !== null) {
      sum += d.weight * dim;
      weights += d.weight;
    }
  }
  return { dimensions: result, overall: weights > 0 ? r1(sum / weights) : null };
}

/** The keys of questions without an answer value. */
export function unanswered(dimensions: GridDimension[], answers: ReadonlyMap<string, number | null>): string[] {
  return dimensions.flatMap((d) =>
    d.questions.filter((q) => answers.get(q.key) === null || answers.get(q.key) === undefined).map((q) => q.key),
  );
}

/**
 * Action proposals: in the (up to) `count` weakest dimensions scoring below 75, every answered
 * question scoring below 75 that has a suggestion, weakest first.
 */
export function weakestProposals(
  dimensions: GridDimension[],
  answers: ReadonlyMap<string, number | null>,
  count = 2,
): Array<{ dimension: GridDimension; question: GridQuestion; score: number }> {
  const scores = computeScores(dimensions, answers).dimensions;
  const weakest = dimensions
    .filter((d) => scores[d.key] !== null && scores[d.key]! < 75)
    .sort((a, b) => scores[a.key]! - scores[b.key]!)
    .slice(0, count);
  return weakest.flatMap((dimension) =>
    dimension.questions
      .map((question) => ({ dimension, question, score: questionScore(question, answers.get(question.key)) }))
      .filter((p): p is { dimension: GridDimension; question: GridQuestion; score: number } => p.score !== null && p.score < 0.75)
      .filter((p) => Boolean(p.question.suggestion.fr || p.question.suggestion.ar || p.question.suggestion.en))
      .sort((a, b) => a.score - b.score)
      .map((p) => ({ ...p, score: r1(p.score * 100) })),
  );
}
