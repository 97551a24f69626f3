import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Indicator, Stage } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { Gender } from '../person/person.enums';
import { SessionKind } from '../session/session.enums';
import { ImpactFilter } from './dto/impact.inputs';

export enum FigureSource {
  LIVE = 'LIVE',
  SUMMARY = 'SUMMARY',
}
registerEnumType(FigureSource, {
  name: 'FigureSource',
  description: 'LIVE: computed from the records at asOf; SUMMARY: from the pre-aggregated summary refreshed at asOf',
});

@ObjectType()
export class RegionFigure {
  @Field()
  regionCode: string;
  @Field(() => Int)
  beneficiaries: number;
  @Field(() => Int)
  women: number;
  @Field(() => Int)
  neet: number;
  @Field(() => Int)
  rural: number;
}

@ObjectType()
export class ProvinceFigure {
  @Field()
  provinceCode: string;
  @Field()
  regionCode: string;
  @Field(() => Int)
  beneficiaries: number;
  @Field(() => Int)
  women: number;
}

@ObjectType()
export class ProgramFigure {
  @Field(() => ID)
  programId: string;
  @Field()
  programName: string;
  @Field(() => Int)
  beneficiaries: number;
  @Field(() => Int)
  women: number;
  @Field(() => Int)
  droppedOut: number;
}

@ObjectType()
export class GenderFigure {
  @Field(() => Gender)
  gender: Gender;
  @Field(() => Int)
  beneficiaries: number;
}

@ObjectType()
export class StageFigure {
  @Field(() => Stage)
  stage: Stage;
  @Field(() => Int, { description: 'Ventures now at this stage' })
  ventures: number;
  @Field(() => Int, { description: 'Ventures that reached this stage or a later one (now or in their history)' })
  reached: number;
  @Field(() => Float, {
    nullable: true,
    description: 'reached / reached at the previous stage (0–1); null for IDEA or when none reached the previous stage',
  })
  conversionFromPrevious: number | null;
  @Field(() => Float, { nullable: true, description: 'Median whole days spent in this stage, over stays that ended' })
  medianDays: number | null;
}

@ObjectType()
export class KindFigure {
  @Field(() => SessionKind)
  kind: SessionKind;
  @Field(() => Int)
  sessions: number;
  @Field(() => Float)
  hours: number;
}

@ObjectType()
export class CoachFigure {
  @Field(() => ID)
  coachId: string;
  @Field()
  displayName: string;
  @Field(() => Int)
  sessions: number;
  @Field(() => Float)
  hours: number;
}

@ObjectType()
export class PeriodFigure {
  @Field({ description: 'First day of the month, quarter or year (YYYY-MM-DD)' })
  period: string;
  @Field(() => Int, { description: 'Beneficiaries enrolled in this period' })
  beneficiaries: number;
  @Field(() => Int)
  sessionsDelivered: number;
}

@ObjectType()
export class TargetProgress {
  @Field(() => ID)
  programId: string;
  @Field()
  programName: string;
  @Field(() => Indicator)
  indicator: Indicator;
  @Field(() => Float)
  target: number;
  @Field(() => Float, { nullable: true, description: 'The indicator for the programme, now (null when not computed yet)' })
  actual: number | null;
  @Field(() => Float, { nullable: true, description: 'actual / target (0–1 and more), null when the target is 0' })
  progress: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Where the programme should be today: target × elapsed share of its dates for counts; the target itself for shares',
  })
  expected: number | null;
  @Field(() => Boolean, { nullable: true })
  onPace: boolean | null;
  @Field(() => String, { nullable: true })
  dueOn: string | null;
}

/** Headline figures; breakdowns are resolved (and computed) only when asked for. */
@ObjectType()
export class Impact {
  actor: Actor;
  filter: ImpactFilter;
  /** Aggregates shared by the headline and the breakdowns of one request (not a GraphQL field). */
  memo?: Map<string, Promise<unknown>>;
  /** When the figures come from a snapshot (large organisations): its breakdowns too (not a GraphQL field). */
  snapshot?: import('./impact-snapshot.service').ImpactSnapshot;

  @Field({
    description: 'How fresh the figures are (ISO 8601): the summary refresh time when source is SUMMARY, else the computation time',
  })
  asOf: string;
  @Field({
    description: 'When the figures computed live were computed (sessions, cooperatives, ventures, results; everything when source is LIVE)',
  })
  liveAsOf: string;
  @Field(() => FigureSource, {
    description:
      'SUMMARY: the enrolment figures (beneficiaries, women, NEET, rural, youth, regions, provinces, dropouts) come from the summary refreshed at asOf',
  })
  source: FigureSource;

  @Field(() => Int, { description: 'Distinct people with an enrolment matching the filters, enrolled in the period' })
  beneficiaries: number;
  @Field(() => Int)
  women: number;
  @Field(() => Float, { description: 'women / beneficiaries, 0–1, rounded to 4 decimals' })
  womenShare: number;
  @Field(() => Int)
  neet: number;
  @Field(() => Float)
  neetShare: number;
  @Field(() => Int)
  rural: number;
  @Field(() => Float)
  ruralShare: number;
  @Field(() => Int, { description: 'Beneficiaries aged 15–34 at enrolment' })
  youth: number;
  @Field(() => Float)
  youthShare: number;
  @Field(() => Int)
  regionsCovered: number;
  @Field(() => Int)
  provincesCovered: number;
  @Field(() => Int)
  cooperatives: number;
  @Field(() => Int)
  cooperativeMembers: number;
  @Field(() => Int)
  sessionsDelivered: number;
  @Field(() => Float)
  sessionHours: number;
  @Field(() => Int)
  peopleTrained: number;
  @Field(() => Int)
  ventures: number;
  @Field(() => Int, { description: 'Ventures now at OPERATING or GROWING' })
  venturesOperating: number;
  @Field(() => Float)
  venturesOperatingShare: number;
  @Field(() => Float, { description: 'Revenue recorded for periods starting in the period (MAD)' })
  revenue: number;
  @Field(() => Float, { nullable: true, description: 'Revenue of the previous period of the same length (only with from and to)' })
  revenuePrevious: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '(revenue − revenuePrevious) / revenuePrevious; null without from/to or when revenuePrevious is 0',
  })
  revenueGrowth: number | null;
  @Field(() => Int)
  jobsCreated: number;
  @Field(() => Int)
  jobsWomen: number;
  @Field(() => Int)
  jobsYouth: number;
  @Field(() => Int, { description: 'Beneficiaries with an enrolment that ended in DROPPED_OUT' })
  droppedOut: number;
  @Field(() => Float)
  dropoutRate: number;
}
