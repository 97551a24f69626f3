import { GridDimension, QuestionKind } from './diagnostic.types';
import { computeScores, questionScore, unanswered, weakestProposals } from './scoring';

const t = (fr: string) => ({ fr, ar: '', en: '' });
const q = (key: string, kind: QuestionKind, weight = 1, target: number | null = null, suggestion = '') => ({
  key,
  text: t(key),
  kind,
  weight,
  levels: [],
  target,
  suggestion: t(suggestion),
});
const grid: GridDimension[] = [
  {
    key: 'gov',
    label: t('Gouvernance'),
    weight: 2,
    questions: [q('g1', QuestionKind.SCALE, 1, null, 'Tenir une AG'), q('g2', QuestionKind.YES_NO, 3)],
  },
  { key: 'fin', label: t('Finance'), weight: 1, questions: [q('f1', QuestionKind.NUMBER, 1, 12, 'Tenir un cahier de caisse')] },
];

describe('diagnostic scoring', () => {
  it('scores questions on 0–1', () => {
    expect(questionScore({ kind: QuestionKind.SCALE, target: null }, 3)).toBe(0.75);
    expect(questionScore({ kind: QuestionKind.YES_NO, target: null }, 0)).toBe(0);
    expect(questionScore({ kind: QuestionKind.NUMBER, target: 12 }, 24)).toBe(1);
    expect(questionScore({ kind: QuestionKind.NUMBER, target: 12 }, 6)).toBe(0.5);
    expect(questionScore({ kind: QuestionKind.SCALE, target: null }, null)).toBeNull();
  });

  it('weights questions in a dimension and dimensions overall, leaving unanswered ones out', () => {
    const answers = new Map<string, number | null>([
      ['g1', 2],
      ['g2', 1],
      ['f1', 3],
    ]);
    const s = computeScores(grid, answers);
    // gov: (1×0.5 + 3×1) / 4 = 87.5; fin: 3/12 = 25; overall: (2×87.5 + 25) / 3 = 66.7
    expect(s.dimensions).toEqual({ gov: 87.5, fin: 25 });
    expect(s.overall).toBe(66.7);
    const partial = computeScores(grid, new Map([['g1', 4]]));
    expect(partial).toEqual({ dimensions: { gov: 100, fin: null }, overall: 100 });
    expect(unanswered(grid, new Map([['g1', 4]]))).toEqual(['g2', 'f1']);
  });

  it('proposes the suggestions of weak questions in the weakest dimensions', () => {
    const answers = new Map<string, number | null>([
      ['g1', 1],
      ['g2', 0],
      ['f1', 12],
    ]);
    expect(weakestProposals(grid, answers).map((p) => [p.question.key, p.score])).toEqual([['g1', 25]]);
  });
});
