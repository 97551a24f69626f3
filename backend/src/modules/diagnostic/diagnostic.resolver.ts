import { Inject } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Args, Context, Field, Float, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@rafiq/shared';
import { Actor } from '../../common/actor';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { GqlContext } from '../../graphql/context';
import { ActionItem } from '../action-item/action-item.entity';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { User } from '../auth/user.entity';
import { Cooperative } from '../cooperative/cooperative.entity';
import { ImpactArgs } from '../impact/dto/impact.inputs';
import { Impact } from '../impact/impact.types';
import { Venture } from '../venture/venture.entity';
import { DiagnosticAnswer } from './diagnostic-answer.entity';
import { evidenceDir } from './diagnostic-evidence.controller';
import { DiagnosticEvidenceFile } from './diagnostic-evidence-file.entity';
import { DiagnosticGrid } from './diagnostic-grid.entity';
import { DiagnosticGridService } from './diagnostic-grid.service';
import { Diagnostic } from './diagnostic.entity';
import { DiagnosticService, progressPair } from './diagnostic.service';
import {
  ActionProposal,
  DiagnosticCohort,
  DiagnosticStatus,
  DimensionGain,
  DimensionGainFigure,
  DimensionScore,
  Texts,
} from './diagnostic.types';
import {
  AcceptDiagnosticActionsInput,
  ArchiveGridArgs,
  DiagnosticGridInput,
  DiagnosticGridsArgs,
  SaveDiagnosticAnswerInput,
  StartDiagnosticInput,
  UpdateDiagnosticGridInput,
  VersionedIdArgs,
} from './dto/diagnostic.inputs';
import { computeScores, weakestProposals } from './scoring';

const ALL = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH, Role.ENTREPRENEUR];
const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];
const DESIGNERS = [Role.ADMIN, Role.PROGRAM_LEAD];

@ObjectType({ description: 'A baseline and the latest later follow-up of the same grid, with the gain per dimension' })
export class DiagnosticProgress {
  @Field(() => Diagnostic)
  baseline: Diagnostic;
  @Field(() => Diagnostic)
  latest: Diagnostic;
  @Field(() => [DimensionGain])
  dimensions: DimensionGain[];
  @Field(() => Float, { nullable: true })
  overallGain: number | null;
  cooperativeId?: string | null;
  ventureId?: string | null;
}

@ObjectType({ description: 'Drill-down of the diagnostic gain: one subject, its baseline and latest follow-up' })
export class DiagnosticProgressRow extends DiagnosticProgress {}

@Resolver(() => DiagnosticGrid)
export class DiagnosticGridResolver {
  constructor(private readonly grids: DiagnosticGridService) {}

  @Allow(...STAFF)
  @Query(() => [DiagnosticGrid], { description: 'The current revision of each grid (active ones unless includeArchived)' })
  diagnosticGrids(@CurrentActor() actor: Actor, @Args() args: DiagnosticGridsArgs): Promise<DiagnosticGrid[]> {
    return this.grids.list(actor, args);
  }

  @Allow(...STAFF)
  @Query(() => DiagnosticGrid, { description: 'One grid revision' })
  diagnosticGrid(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DiagnosticGrid> {
    return this.grids.get(actor, id);
  }

  @Allow(...DESIGNERS)
  @Mutation(() => DiagnosticGrid)
  createDiagnosticGrid(@CurrentActor() actor: Actor, @Args('input') input: DiagnosticGridInput): Promise<DiagnosticGrid> {
    return this.grids.create(actor, input);
  }

  @Allow(...DESIGNERS)
  @Mutation(() => DiagnosticGrid, {
    description: 'A grid in use gets a new revision (returned), past diagnostics keep theirs; a stale version answers CONFLICT',
  })
  updateDiagnosticGrid(@CurrentActor() actor: Actor, @Args('input') input: UpdateDiagnosticGridInput): Promise<DiagnosticGrid> {
    return this.grids.update(actor, input);
  }

  @Allow(...DESIGNERS)
  @Mutation(() => DiagnosticGrid, { description: 'Archives a grid (archived: false restores it)' })
  archiveDiagnosticGrid(@CurrentActor() actor: Actor, @Args() { archived, ...args }: ArchiveGridArgs): Promise<DiagnosticGrid> {
    return this.grids.archive(actor, args, archived);
  }

  @Allow(...ALL)
  @ResolveField(() => Texts)
  name(@Parent() grid: DiagnosticGrid): Texts {
    return { fr: grid.nameFr, ar: grid.nameAr, en: grid.nameEn };
  }

  @Allow(...ALL)
  @ResolveField(() => Boolean, { description: 'A diagnostic uses this revision (an edit makes a new one)' })
  inUse(@Parent() grid: DiagnosticGrid, @Context() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.diagnosticGridInUse.load(grid.id);
  }

  @Allow(...STAFF)
  @ResolveField(() => [DiagnosticGrid], { description: 'Every revision of this grid, newest first' })
  revisions(@CurrentActor() actor: Actor, @Parent() grid: DiagnosticGrid): Promise<DiagnosticGrid[]> {
    return this.grids.revisions(actor, grid.lineageId);
  }
}

@Resolver(() => Diagnostic)
export class DiagnosticResolver {
  constructor(
    private readonly service: DiagnosticService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(...ALL)
  @Query(() => Diagnostic, { description: 'One diagnostic; NOT_FOUND when the caller may not see it (an entrepreneur: drafts too)' })
  diagnostic(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Diagnostic> {
    return this.service.get(actor, id);
  }

  @Allow(...STAFF)
  @Mutation(() => Diagnostic, { description: 'Starts a draft diagnostic of a cooperative or a venture the caller may see' })
  startDiagnostic(@CurrentActor() actor: Actor, @Args('input') input: StartDiagnosticInput): Promise<Diagnostic> {
    return this.service.start(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Diagnostic, { description: 'Saves one answer of a draft; returns the diagnostic with its scores so far' })
  saveDiagnosticAnswer(@CurrentActor() actor: Actor, @Args('input') input: SaveDiagnosticAnswerInput): Promise<Diagnostic> {
    return this.service.saveAnswer(actor, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Diagnostic, { description: 'Finalises a draft (every question answered): scores are kept, it becomes read-only' })
  finaliseDiagnostic(@CurrentActor() actor: Actor, @Args() args: VersionedIdArgs): Promise<Diagnostic> {
    return this.service.finalise(actor, args);
  }

  @Allow(...STAFF)
  @Mutation(() => Diagnostic, { description: 'Starts a correction of a final diagnostic: a new draft that supersedes it once finalised' })
  correctDiagnostic(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Diagnostic> {
    return this.service.correct(actor, id);
  }

  @Allow(...STAFF)
  @Mutation(() => Boolean, { description: 'Discards a draft' })
  discardDiagnostic(@CurrentActor() actor: Actor, @Args() args: VersionedIdArgs): Promise<boolean> {
    return this.service.discard(actor, args);
  }

  @Allow(...STAFF)
  @Mutation(() => Boolean, {
    description: 'Removes an evidence file from an answer of a draft (upload: POST /api/diagnostics/{id}/evidence/{questionKey})',
  })
  async removeDiagnosticEvidence(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    const { orphanKey } = await this.service.removeEvidence(actor, id);
    if (orphanKey) await rm(path.join(evidenceDir(this.config), orphanKey), { force: true });
    return true;
  }

  @Allow(...STAFF)
  @Mutation(() => [ActionItem], { description: 'Adds accepted action proposals to a venture action plan (source: the diagnostic)' })
  acceptDiagnosticActions(@CurrentActor() actor: Actor, @Args('input') input: AcceptDiagnosticActionsInput): Promise<ActionItem[]> {
    return this.service.acceptActions(actor, input);
  }

  @Allow(...STAFF)
  @Query(() => DiagnosticCohort, { description: 'Diagnostic progress over a programme or cohort (same scope and filters as impact)' })
  diagnosticCohort(@CurrentActor() actor: Actor, @Args() { filter }: ImpactArgs): Promise<DiagnosticCohort> {
    return this.service.cohort(actor, filter ?? {});
  }

  @Allow(...STAFF)
  @Query(() => [DiagnosticProgressRow], { description: 'Drill-down of the mean diagnostic gain: the subjects and diagnostics behind it' })
  impactDiagnostics(@CurrentActor() actor: Actor, @Args() { filter }: ImpactArgs): Promise<DiagnosticProgressRow[]> {
    return this.service.pairs(actor, filter ?? {});
  }

  @Allow(...ALL)
  @ResolveField(() => DiagnosticGrid)
  async grid(@Parent() d: Diagnostic, @Context() ctx: GqlContext): Promise<DiagnosticGrid> {
    return (await ctx.loaders.diagnosticGrids.load(d.gridId))!;
  }

  @Allow(...ALL)
  @ResolveField(() => [DiagnosticAnswer])
  answers(@Parent() d: Diagnostic, @Context() ctx: GqlContext): Promise<DiagnosticAnswer[]> {
    return ctx.loaders.diagnosticAnswers.load(d.id);
  }

  @Allow(...ALL)
  @ResolveField(() => [DiagnosticEvidenceFile], { description: 'Evidence files of its answers, oldest first (each names its question)' })
  evidenceFiles(@Parent() d: Diagnostic, @Context() ctx: GqlContext): Promise<DiagnosticEvidenceFile[]> {
    return ctx.loaders.diagnosticEvidenceFiles.load(d.id);
  }

  @Allow(...ALL)
  @ResolveField(() => Boolean, { description: 'Final (or superseded): answers can no longer change' })
  readOnly(@Parent() d: Diagnostic): boolean {
    return d.status !== DiagnosticStatus.DRAFT;
  }

  private async live(d: Diagnostic, ctx: GqlContext) {
    const grid = (await ctx.loaders.diagnosticGrids.load(d.gridId))!;
    if (d.status !== DiagnosticStatus.DRAFT && d.dimensionScores)
      return { grid, scores: { dimensions: d.dimensionScores, overall: d.overallScore } };
    const answers = await ctx.loaders.diagnosticAnswers.load(d.id);
    return { grid, scores: computeScores(grid.dimensions, new Map(answers.map((a) => [a.questionKey, a.value]))) };
  }

  @Allow(...ALL)
  @ResolveField(() => [DimensionScore], { description: 'Per dimension, 0–100 (kept at finalisation; live for a draft)' })
  async scores(@Parent() d: Diagnostic, @Context() ctx: GqlContext): Promise<DimensionScore[]> {
    const { grid, scores } = await this.live(d, ctx);
    return grid.dimensions.map((dim) => ({ key: dim.key, label: dim.label, score: scores.dimensions[dim.key] ?? null }));
  }

  @Allow(...ALL)
  @ResolveField(() => Float, { nullable: true, description: 'Overall score 0–100 (docs/indicators.md)' })
  async overallScore(@Parent() d: Diagnostic, @Context() ctx: GqlContext): Promise<number | null> {
    return (await this.live(d, ctx)).scores.overall;
  }

  @Allow(...STAFF)
  @ResolveField(() => [ActionProposal], { description: 'Suggestions of the weak questions in the weakest dimensions' })
  async actionProposals(@Parent() d: Diagnostic, @Context() ctx: GqlContext): Promise<ActionProposal[]> {
    const grid = (await ctx.loaders.diagnosticGrids.load(d.gridId))!;
    const answers = await ctx.loaders.diagnosticAnswers.load(d.id);
    return weakestProposals(grid.dimensions, new Map(answers.map((a) => [a.questionKey, a.value]))).map((p) => ({
      dimensionKey: p.dimension.key,
      dimension: p.dimension.label,
      questionKey: p.question.key,
      question: p.question.text,
      suggestion: p.question.suggestion,
      score: p.score,
    }));
  }

  @Allow(...ALL)
  @ResolveField(() => User, { nullable: true, description: 'The coach who ran it' })
  coach(@Parent() d: Diagnostic, @Context() ctx: GqlContext): Promise<User | null> | null {
    return d.coachUserId ? ctx.loaders.usersById.load(d.coachUserId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => Cooperative, { nullable: true })
  cooperative(@Parent() d: Diagnostic, @Context() ctx: GqlContext): Promise<Cooperative | null> | null {
    return d.cooperativeId ? ctx.loaders.visibleCooperatives.load(d.cooperativeId) : null;
  }

  @Allow(...ALL)
  @ResolveField(() => Venture, { nullable: true })
  venture(@Parent() d: Diagnostic, @Context() ctx: GqlContext): Promise<Venture | null> | null {
    return d.ventureId ? ctx.loaders.actionItemVentures.load(d.ventureId) : null;
  }
}

@Resolver(() => DiagnosticProgressRow)
export class DiagnosticProgressRowResolver {
  @Allow(...STAFF)
  @ResolveField(() => Cooperative, { nullable: true })
  cooperative(@Parent() row: DiagnosticProgressRow, @Context() ctx: GqlContext): Promise<Cooperative | null> | null {
    return row.cooperativeId ? ctx.loaders.visibleCooperatives.load(row.cooperativeId) : null;
  }

  @Allow(...STAFF)
  @ResolveField(() => Venture, { nullable: true })
  venture(@Parent() row: DiagnosticProgressRow, @Context() ctx: GqlContext): Promise<Venture | null> | null {
    return row.ventureId ? ctx.loaders.actionItemVentures.load(row.ventureId) : null;
  }
}

async function subjectProgress(list: Diagnostic[], ctx: GqlContext): Promise<DiagnosticProgress | null> {
  const grids = await Promise.all([...new Set(list.map((d) => d.gridId))].map((id) => ctx.loaders.diagnosticGrids.load(id)));
  return progressPair(list, new Map(grids.filter((g): g is DiagnosticGrid => g !== null).map((g) => [g.id, g])));
}

@Resolver(() => Cooperative)
export class CooperativeDiagnosticsResolver {
  @Allow(...ALL)
  @ResolveField(() => [Diagnostic], { description: 'Its diagnostics, newest first (drafts for staff; an entrepreneur sees final ones)' })
  diagnostics(@Parent() c: Cooperative, @Context() ctx: GqlContext): Promise<Diagnostic[]> {
    return ctx.loaders.diagnosticsByCooperative.load(c.id);
  }

  @Allow(...ALL)
  @ResolveField(() => DiagnosticProgress, { nullable: true, description: 'Baseline vs latest follow-up (null until both are final)' })
  async diagnosticProgress(@Parent() c: Cooperative, @Context() ctx: GqlContext): Promise<DiagnosticProgress | null> {
    return subjectProgress(await ctx.loaders.diagnosticsByCooperative.load(c.id), ctx);
  }
}

@Resolver(() => Venture)
export class VentureDiagnosticsResolver {
  @Allow(...ALL)
  @ResolveField(() => [Diagnostic], { description: 'Its diagnostics, newest first (drafts for staff; an entrepreneur sees final ones)' })
  diagnostics(@Parent() v: Venture, @Context() ctx: GqlContext): Promise<Diagnostic[]> {
    return ctx.loaders.diagnosticsByVenture.load(v.id);
  }

  @Allow(...ALL)
  @ResolveField(() => DiagnosticProgress, { nullable: true, description: 'Baseline vs latest follow-up (null until both are final)' })
  async diagnosticProgress(@Parent() v: Venture, @Context() ctx: GqlContext): Promise<DiagnosticProgress | null> {
    return subjectProgress(await ctx.loaders.diagnosticsByVenture.load(v.id), ctx);
  }
}

@Resolver(() => Impact)
export class ImpactDiagnosticsResolver {
  constructor(private readonly service: DiagnosticService) {}

  @Allow(...STAFF)
  @ResolveField(() => [DimensionGainFigure], {
    description: 'Mean diagnostic gain (follow-up − baseline, points out of 100) per dimension; drill down with impactDiagnostics',
  })
  async diagnosticGains(@Parent() i: Impact): Promise<DimensionGainFigure[]> {
    return (await this.service.cohort(i.actor, i.filter)).dimensions;
  }
}
