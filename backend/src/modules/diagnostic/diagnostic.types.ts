import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DiagnosticSubjectKind {
  COOPERATIVE = 'COOPERATIVE',
  VENTURE = 'VENTURE',
}
registerEnumType(DiagnosticSubjectKind, {
  name: 'DiagnosticSubjectKind',
  description: 'What a grid diagnoses: a cooperative or a venture.',
});

export enum QuestionKind {
  SCALE = 'SCALE',
  YES_NO = 'YES_NO',
  NUMBER = 'NUMBER',
}
registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: 'SCALE: 0–4 with a label per level; YES_NO: 1 or 0; NUMBER: a figure scored against the target.',
});

export enum DiagnosticKind {
  BASELINE = 'BASELINE',
  FOLLOW_UP = 'FOLLOW_UP',
}
registerEnumType(DiagnosticKind, { name: 'DiagnosticKind' });

export enum DiagnosticStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(DiagnosticStatus, {
  name: 'DiagnosticStatus',
  description: 'DRAFT (saved per answer) → FINAL (read-only); a corrected FINAL becomes SUPERSEDED.',
});

/** A text in the three languages (empty when not given). */
@ObjectType()
export class Texts {
  @Field()
  fr: string;
  @Field()
  ar: string;
  @Field()
  en: string;
}

@ObjectType()
export class GridQuestion {
  @Field({ description: 'Stable within the grid and across its revisions' })
  key: string;
  @Field(() => Texts)
  text: Texts;
  @Field(() => QuestionKind)
  kind: QuestionKind;
  @Field(() => Float)
  weight: number;
  @Field(() => [Texts], { description: 'SCALE: the labels of levels 0 to 4' })
  levels: Texts[];
  @Field(() => Float, { nullable: true, description: 'NUMBER: the value that scores full marks' })
  target: number | null;
  @Field(() => Texts, { description: 'An action to propose when this question scores low' })
  suggestion: Texts;
}

@ObjectType()
export class GridDimension {
  @Field({ description: 'Stable within the grid and across its revisions (gains compare dimensions by key)' })
  key: string;
  @Field(() => Texts)
  label: Texts;
  @Field(() => Float)
  weight: number;
  @Field(() => [GridQuestion])
  questions: GridQuestion[];
}

@ObjectType()
export class DimensionScore {
  @Field()
  key: string;
  @Field(() => Texts)
  label: Texts;
  @Field(() => Float, { nullable: true, description: '0–100; null when no question of the dimension is answered' })
  score: number | null;
}

@ObjectType()
export class DimensionGain {
  @Field()
  key: string;
  @Field(() => Texts)
  label: Texts;
  @Field(() => Float, { nullable: true })
  baseline: number | null;
  @Field(() => Float, { nullable: true })
  latest: number | null;
  @Field(() => Float, { nullable: true, description: 'latest − baseline (points out of 100)' })
  gain: number | null;
}

@ObjectType()
export class ActionProposal {
  @Field()
  dimensionKey: string;
  @Field(() => Texts)
  dimension: Texts;
  @Field()
  questionKey: string;
  @Field(() => Texts)
  question: Texts;
  @Field(() => Texts)
  suggestion: Texts;
  @Field(() => Float, { description: 'The question score, 0–100' })
  score: number;
}

@ObjectType({ description: 'Mean scores and gains per dimension over subjects with a final baseline and a later final follow-up' })
export class DimensionGainFigure {
  @Field()
  key: string;
  @Field(() => Texts)
  label: Texts;
  @Field(() => Float)
  subjects: number;
  @Field(() => Float)
  meanBaseline: number;
  @Field(() => Float)
  meanLatest: number;
  @Field(() => Float)
  meanGain: number;
}

@ObjectType()
export class GainBucket {
  @Field(() => Float, { description: 'Lower bound of the overall gain (inclusive), points' })
  from: number;
  @Field(() => Float, { description: 'Upper bound (exclusive)' })
  to: number;
  @Field(() => Float)
  subjects: number;
}

@ObjectType()
export class DiagnosticCohort {
  @Field(() => Float, { description: 'Subjects with a baseline and a follow-up' })
  subjects: number;
  @Field(() => Float, { description: 'Subjects with a final baseline' })
  baselines: number;
  @Field(() => Float, { nullable: true })
  meanOverallGain: number | null;
  @Field(() => [DimensionGainFigure])
  dimensions: DimensionGainFigure[];
  @Field(() => [GainBucket], { description: 'Distribution of the overall gain' })
  distribution: GainBucket[];
}
