import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { todayIso } from '../../common/day';
import { badInput, forbidden, notFound } from '../../common/errors';
import { tenantRepository } from '../../common/tenant';
import { updateVersioned } from '../../common/versioned-update';
import { ActionItem, ActionItemStatus, ActionOwnerKind, ActionSourceKind } from '../action-item/action-item.entity';
import { applyCooperativeVisibility } from '../cooperative/cooperative.access';
import { Cooperative } from '../cooperative/cooperative.entity';
import { ImpactFilter } from '../impact/dto/impact.inputs';
import { validatedScope } from '../impact/impact.service';
import { applyVentureVisibility } from '../venture/venture.access';
import { Venture } from '../venture/venture.entity';
import { diagnosticVisibilitySql } from './diagnostic-access';
import { DiagnosticAnswer } from './diagnostic-answer.entity';
import { DiagnosticEvidenceFile } from './diagnostic-evidence-file.entity';
import { DiagnosticGrid } from './diagnostic-grid.entity';
import { Diagnostic } from './diagnostic.entity';
import {
  DiagnosticCohort,
  DiagnosticKind,
  DiagnosticStatus,
  DiagnosticSubjectKind,
  DimensionGain,
  GridDimension,
  QuestionKind,
  Texts,
} from './diagnostic.types';
import { AcceptDiagnosticActionsInput, SaveDiagnosticAnswerInput, StartDiagnosticInput, VersionedIdArgs } from './dto/diagnostic.inputs';
import { computeScores, unanswered } from './scoring';

const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];
/** Evidence files one answer may have. */
export const MAX_EVIDENCE_FILES = 5;
const r1 = (x: number): number => Math.round(x * 10) / 10;

/** A baseline and the latest later follow-up of one subject, with the gain per dimension. */
export interface ProgressPair {
  baseline: Diagnostic;
  latest: Diagnostic;
  dimensions: DimensionGain[];
  overallGain: number | null;
}

/** Labels of the dimensions of a grid by key. */
const labels = (dims: GridDimension[]): Map<string, Texts> => new Map(dims.map((d) => [d.key, d.label]));

/**
 * Pairs the final diagnostics of one subject: the earliest baseline and the latest later
 * diagnostic of the same grid lineage (a follow-up). Null without both.
 */
export function progressPair(finals: Diagnostic[], gridsById: ReadonlyMap<string, DiagnosticGrid>): ProgressPair | null {
  const sorted = [...finals]
    .filter((d) => d.status === DiagnosticStatus.FINAL)
    .sort((a, b) => a.conductedOn.localeCompare(b.conductedOn) || a.createdAt.getTime() - b.createdAt.getTime());
  const baseline = sorted.find((d) => d.kind === DiagnosticKind.BASELINE);
  if (!baseline) return null;
  const lineage = gridsById.get(baseline.gridId)?.lineageId;
  const later = sorted.filter(
    (d) =>
      d !== baseline &&
      d.kind === DiagnosticKind.FOLLOW_UP &&
      gridsById.get(d.gridId)?.lineageId === lineage &&
      d.conductedOn >= baseline.conductedOn,
  );
  const latest = later[later.length - 1];
  if (!latest) return null;
  const grid = gridsById.get(latest.gridId)!;
  const baseLabels = labels(gridsById.get(baseline.gridId)?.dimensions ?? []);
  const keys = [...grid.dimensions.map((d) => d.key), ...[...baseLabels.keys()].filter((k) => !grid.dimensions.some((d) => d.key === k))];
  const latestLabels = labels(grid.dimensions);
  const dimensions = keys.map((key) => {
    const b = baseline.dimensionScores?.[key] ?? null;
    const l = latest.dimensionScores?.[key] ?? null;
    return {
      key,
      label: latestLabels.get(key) ?? baseLabels.get(key)!,
      baseline: b,
      latest: l,
      gain: b !== null && l !== null ? r1(l - b) : null,
    };
  });
  const overallGain =
    baseline.overallScore !== null && latest.overallScore !== null ? r1(latest.overallScore - baseline.overallScore) : null;
  return { baseline, latest, dimensions, overallGain };
}

/**
 * Diagnostics (permissions.md): staff create and edit those of cooperatives and ventures they may
 * see (a coach: her assignees'); the entrepreneur reads her own final ones. A final diagnostic is
 * read-only; a correction is a new draft that supersedes it when finalised.
 */
@Injectable()
export class DiagnosticService {
  constructor(private readonly dataSource: DataSource) {}

  /** One diagnostic the caller may see; NOT_FOUND otherwise. */
  async get(actor: Actor, id: string, m: EntityManager = this.dataSource.manager): Promise<Diagnostic> {
    const vis = diagnosticVisibilitySql(m, actor, 'd');
    const row = await m.createQueryBuilder(Diagnostic, 'd').where(vis.sql, vis.params).andWhere('d.id = :id', { id }).getOne();
    if (!row) throw notFound('diagnostic');
    return row;
  }

  private async editable(actor: Actor, id: string, m: EntityManager): Promise<Diagnostic> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    const d = await this.get(actor, id, m);
    // Answers saved in quick succession (a choice, then a comment) wait for each other.
    await m.query(`SELECT 1 FROM diagnostic WHERE id = $1 FOR UPDATE`, [d.id]);
    const fresh = await this.get(actor, id, m);
    if (fresh.status !== DiagnosticStatus.DRAFT)
      throw badInput('diagnosticId', ErrorReason.NOT_ALLOWED, 'A final diagnostic is read-only; start a correction');
    return fresh;
  }

  private async grid(m: EntityManager, actor: Actor, id: string): Promise<DiagnosticGrid> {
    const grid = await tenantRepository(m, DiagnosticGrid, actor).findOne({ where: { id } });
    if (!grid) throw notFound('diagnostic grid');
    return grid;
  }

  async start(actor: Actor, input: StartDiagnosticInput): Promise<Diagnostic> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    if (Boolean(input.cooperativeId) === Boolean(input.ventureId))
      throw badInput('cooperativeId', ErrorReason.REQUIRED, 'Diagnose either a cooperative or a venture');
    return this.dataSource.transaction(async (m) => {
      if (input.cooperativeId) {
        const ok = await applyCooperativeVisibility(m.createQueryBuilder(Cooperative, 'c'), actor, 'c')
          .andWhere('c.id = :id', { id: input.cooperativeId })
          .getExists();
        if (!ok) throw notFound('cooperative');
      } else {
        const ok = await applyVentureVisibility(m.createQueryBuilder(Venture, 'v'), actor, 'v')
          .andWhere('v.id = :id', { id: input.ventureId })
          .getExists();
        if (!ok) throw notFound('venture');
      }
      const grid = await tenantRepository(m, DiagnosticGrid, actor).findOne({ where: { id: input.gridId } });
      if (!grid) throw badInput('gridId', ErrorReason.NOT_FOUND, 'No such grid');
      if (!grid.isCurrent || grid.archivedAt)
        throw badInput('gridId', ErrorReason.NOT_ALLOWED, 'Use the current revision of an active grid');
      const kind = input.cooperativeId ? DiagnosticSubjectKind.COOPERATIVE : DiagnosticSubjectKind.VENTURE;
      if (grid.subjectKind !== kind) throw badInput('gridId', ErrorReason.INVALID_VALUE, 'This grid is for another kind of subject');
      const id = randomUUID();
      await m.insert(Diagnostic, {
        id,
        organizationId: actor.organizationId,
        gridId: grid.id,
        cooperativeId: input.cooperativeId ?? null,
        ventureId: input.ventureId ?? null,
        kind: input.kind,
        status: DiagnosticStatus.DRAFT,
        conductedOn: input.conductedOn ?? todayIso(),
        coachUserId: actor.userId,
      });
      return this.get(actor, id, m);
    });
  }

  /** Saves one answer of a draft (insert or change), checked against the question's kind. */
  async saveAnswer(actor: Actor, input: SaveDiagnosticAnswerInput): Promise<Diagnostic> {
    return this.dataSource.transaction(async (m) => {
      const d = await this.editable(actor, input.diagnosticId, m);
      const grid = await this.grid(m, actor, d.gridId);
      const question = grid.dimensions.flatMap((x) => x.questions).find((q) => q.key === input.questionKey);
      if (!question) throw badInput('questionKey', ErrorReason.NOT_FOUND, 'No such question in this grid');
      const value = input.value ?? null;
      if (value !== null) {
        const ok =
          question.kind === QuestionKind.SCALE
            ? Number.isInteger(value) && value >= 0 && value <= 4
            : question.kind === QuestionKind.YES_NO
              ? value === 0 || value === 1
              : Number.isFinite(value) && value >= 0;
        if (!ok) throw badInput('value', ErrorReason.INVALID_VALUE, 'This answer does not fit the question');
      }
      const existing = await tenantRepository(m, DiagnosticAnswer, actor).findOne({
        where: { diagnosticId: d.id, questionKey: question.key },
      });
      const values = {
        value,
        ...(input.comment !== undefined ? { comment: input.comment } : {}),
        ...(input.evidence !== undefined ? { evidence: input.evidence } : {}),
        answeredBy: actor.userId,
      };
      if (existing) await updateVersioned(m, DiagnosticAnswer, actor, existing, values, 'answer');
      else
        await m.insert(DiagnosticAnswer, {
          organizationId: actor.organizationId,
          diagnosticId: d.id,
          questionKey: question.key,
          comment: null,
          evidence: null,
          ...values,
        });
      return this.get(actor, d.id, m);
    });
  }

  /** Finalises a draft whose questions are all answered: scores are kept, it becomes read-only. */
  async finalise(actor: Actor, args: VersionedIdArgs): Promise<Diagnostic> {
    return this.dataSource.transaction(async (m) => {
      const d = await this.editable(actor, args.id, m);
      const grid = await this.grid(m, actor, d.gridId);
      const answers = await tenantRepository(m, DiagnosticAnswer, actor).find({ where: { diagnosticId: d.id } });
      const values = new Map(answers.map((a) => [a.questionKey, a.value]));
      const missing = unanswered(grid.dimensions, values);
      if (missing.length) throw badInput('answers', ErrorReason.REQUIRED, `Answer every question first (${missing.length} left)`);
      const scores = computeScores(grid.dimensions, values);
      await updateVersioned(
        m,
        Diagnostic,
        actor,
        args,
        {
          status: DiagnosticStatus.FINAL,
          finalisedAt: new Date(),
          finalisedBy: actor.userId,
          overallScore: scores.overall,
          dimensionScores: scores.dimensions,
        },
        'diagnostic',
      );
      if (d.correctsId)
        await m
          .createQueryBuilder()
          .update(Diagnostic)
          .set({ status: DiagnosticStatus.SUPERSEDED, version: () => 'version + 1', updatedAt: () => 'now()' })
          .where('id = :id AND organization_id = :org AND status = :final', {
            id: d.correctsId,
            org: actor.organizationId,
            final: DiagnosticStatus.FINAL,
          })
          .execute();
      return this.get(actor, d.id, m);
    });
  }

  /** Starts a correction of a final diagnostic: a draft with the same answers (or the one already started). */
  async correct(actor: Actor, id: string): Promise<Diagnostic> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      const d = await this.get(actor, id, m);
      if (d.status !== DiagnosticStatus.FINAL) throw badInput('id', ErrorReason.NOT_ALLOWED, 'Only a final diagnostic is corrected');
      const open = await tenantRepository(m, Diagnostic, actor).findOne({ where: { correctsId: d.id, status: DiagnosticStatus.DRAFT } });
      if (open) return open;
      const newId = randomUUID();
      await m.insert(Diagnostic, {
        id: newId,
        organizationId: actor.organizationId,
        gridId: d.gridId,
        cooperativeId: d.cooperativeId,
        ventureId: d.ventureId,
        kind: d.kind,
        status: DiagnosticStatus.DRAFT,
        conductedOn: d.conductedOn,
        coachUserId: actor.userId,
        correctsId: d.id,
      });
      const answers = await tenantRepository(m, DiagnosticAnswer, actor).find({ where: { diagnosticId: d.id } });
      if (answers.length)
        await m.insert(
          DiagnosticAnswer,
          answers.map((a) => ({
            organizationId: a.organizationId,
            diagnosticId: newId,
            questionKey: a.questionKey,
            value: a.value,
            comment: a.comment,
            evidence: a.evidence,
            answeredBy: actor.userId,
          })),
        );
      // The evidence files come along (the same stored files).
      const files = await tenantRepository(m, DiagnosticEvidenceFile, actor).find({ where: { diagnosticId: d.id } });
      if (files.length)
        await m.insert(
          DiagnosticEvidenceFile,
          files.map(({ id: _id, ...f }) => ({ ...f, diagnosticId: newId })),
        );
      return this.get(actor, newId, m);
    });
  }

  /**
   * Checks that an evidence file may be added to one answer of a draft: staff who may edit the
   * diagnostic (NOT_FOUND when they may not see it), a question of its grid, room for one more file.
   * With `lock`, waits for other changes of the draft (call it in the transaction that adds the file).
   */
  async evidenceTarget(actor: Actor, diagnosticId: string, questionKey: string, m: EntityManager = this.dataSource.manager, lock = false) {
    const d = lock ? await this.editable(actor, diagnosticId, m) : await this.get(actor, diagnosticId, m);
    if (!STAFF.includes(actor.role)) throw forbidden();
    if (d.status !== DiagnosticStatus.DRAFT)
      throw badInput('diagnosticId', ErrorReason.NOT_ALLOWED, 'A final diagnostic is read-only; start a correction');
    const grid = await this.grid(m, actor, d.gridId);
    if (!grid.dimensions.some((x) => x.questions.some((q) => q.key === questionKey)))
      throw badInput('questionKey', ErrorReason.NOT_FOUND, 'No such question in this grid');
    const count = await tenantRepository(m, DiagnosticEvidenceFile, actor).count({ where: { diagnosticId: d.id, questionKey } });
    if (count >= MAX_EVIDENCE_FILES) throw badInput('file', ErrorReason.TOO_LONG, `At most ${MAX_EVIDENCE_FILES} files per answer`);
    return d;
  }

  /** Records a stored file as evidence for one answer of a draft (checked again, in its transaction). */
  async addEvidence(
    actor: Actor,
    file: { diagnosticId: string; questionKey: string; fileName: string; contentType: string; sizeBytes: number; storageKey: string },
  ): Promise<DiagnosticEvidenceFile> {
    return this.dataSource.transaction(async (m) => {
      const d = await this.evidenceTarget(actor, file.diagnosticId, file.questionKey, m, true);
      return m.save(
        m.create(DiagnosticEvidenceFile, { ...file, diagnosticId: d.id, organizationId: actor.organizationId, uploadedBy: actor.userId }),
      );
    });
  }

  /** One evidence file of a diagnostic the caller may see; NOT_FOUND otherwise. */
  async evidenceFile(actor: Actor, id: string): Promise<DiagnosticEvidenceFile> {
    const file = await tenantRepository(this.dataSource, DiagnosticEvidenceFile, actor).findOne({ where: { id } });
    if (!file) throw notFound('evidence file');
    await this.get(actor, file.diagnosticId);
    return file;
  }

  /**
   * Removes an evidence file from an answer of a draft. Gives the storage key when no other
   * diagnostic (a correction) still lists the file, for the caller to delete it.
   */
  async removeEvidence(actor: Actor, id: string): Promise<{ orphanKey: string | null }> {
    return this.dataSource.transaction(async (m) => {
      const file = await tenantRepository(m, DiagnosticEvidenceFile, actor).findOne({ where: { id } });
      if (!file) throw notFound('evidence file');
      await this.get(actor, file.diagnosticId, m);
      await this.editable(actor, file.diagnosticId, m);
      await m.delete(DiagnosticEvidenceFile, { id: file.id, organizationId: actor.organizationId });
      const shared = await m.getRepository(DiagnosticEvidenceFile).count({ where: { storageKey: file.storageKey } });
      return { orphanKey: shared ? null : file.storageKey };
    });
  }

  /** Discards a draft (a diagnostic started by mistake). */
  async discard(actor: Actor, args: VersionedIdArgs): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const d = await this.editable(actor, args.id, m);
      const { affected } = await m.delete(Diagnostic, { id: d.id, organizationId: actor.organizationId, version: args.version });
      if (!affected) throw badInput('version', ErrorReason.STALE_VERSION, 'This draft was changed; reload it');
      return true;
    });
  }

  /** Adds the accepted proposals to a venture's action plan, in one transaction. */
  async acceptActions(actor: Actor, input: AcceptDiagnosticActionsInput): Promise<ActionItem[]> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    if (!input.items.length) throw badInput('items', ErrorReason.REQUIRED, 'Choose at least one action');
    return this.dataSource.transaction(async (m) => {
      const d = await this.get(actor, input.diagnosticId, m);
      if (d.status !== DiagnosticStatus.FINAL) throw badInput('diagnosticId', ErrorReason.NOT_ALLOWED, 'Finalise the diagnostic first');
      const ventureId = input.ventureId ?? d.ventureId;
      if (!ventureId) throw badInput('ventureId', ErrorReason.REQUIRED, 'Choose the venture whose action plan gets these items');
      const venture = await applyVentureVisibility(m.createQueryBuilder(Venture, 'v'), actor, 'v')
        .andWhere('v.id = :ventureId', { ventureId })
        .getOne();
      if (!venture) throw badInput('ventureId', ErrorReason.NOT_FOUND, 'No such venture');
      if (d.ventureId ? venture.id !== d.ventureId : venture.ownerCooperativeId !== d.cooperativeId)
        throw badInput(
          'ventureId',
          ErrorReason.INVALID_VALUE,
          'The venture must be the diagnosed one or belong to the diagnosed cooperative',
        );
      const ids = input.items.map(() => randomUUID());
      await m.insert(
        ActionItem,
        input.items.map((item, i) => ({
          id: ids[i],
          organizationId: actor.organizationId,
          ventureId: venture.id,
          title: item.title,
          details: item.details ?? null,
          ownerKind: item.ownerKind,
          ownerUserId: item.ownerKind === ActionOwnerKind.COACH ? actor.userId : null,
          dueOn: item.dueOn,
          status: ActionItemStatus.OPEN,
          doneAt: null,
          sourceKind: ActionSourceKind.DIAGNOSTIC,
          sourceId: d.id,
          createdBy: actor.userId,
        })),
      );
      const rows = await tenantRepository(m, ActionItem, actor).find({
        where: ids.map((id) => ({ id })),
        order: { dueOn: 'ASC', createdAt: 'ASC' },
      });
      return rows;
    });
  }

  /**
   * Progress over the subjects in an impact scope (docs/indicators.md): for each cooperative or
   * venture, its final baseline and latest later follow-up (in the period when one is given).
   */
  async pairs(
    actor: Actor,
    filter: ImpactFilter,
  ): Promise<Array<ProgressPair & { cooperativeId: string | null; ventureId: string | null }>> {
    const s = validatedScope(actor, filter);
    const [q, p] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT d.id FROM diagnostic d
        WHERE d.organization_id = :iOrg AND d.status = 'FINAL'
          AND (d.cooperative_id IN (${s.cooperatives}) OR d.venture_id IN (${s.ventures}))`,
      s.params,
    );
    const ids = (await this.dataSource.query<Array<{ id: string }>>(q, p)).map((r) => r.id);
    if (!ids.length) return [];
    const finals = await this.dataSource.getRepository(Diagnostic).createQueryBuilder('d').where('d.id IN (:...ids)', { ids }).getMany();
    const grids = await this.dataSource
      .getRepository(DiagnosticGrid)
      .createQueryBuilder('g')
      .where('g.organization_id = :org AND g.id IN (:...gids)', {
        org: actor.organizationId,
        gids: [...new Set(finals.map((d) => d.gridId))],
      })
      .getMany();
    const gridsById = new Map(grids.map((g) => [g.id, g]));
    const bySubject = new Map<string, Diagnostic[]>();
    for (const d of finals) {
      const key = d.cooperativeId ? `c:${d.cooperativeId}` : `v:${d.ventureId}`;
      bySubject.set(key, [...(bySubject.get(key) ?? []), d]);
    }
    const out: Array<ProgressPair & { cooperativeId: string | null; ventureId: string | null }> = [];
    for (const list of bySubject.values()) {
      const pair = progressPair(list, gridsById);
      if (!pair) continue;
      if (filter.from && pair.latest.conductedOn < filter.from) continue;
      if (filter.to && pair.latest.conductedOn > filter.to) continue;
      out.push({ ...pair, cooperativeId: pair.latest.cooperativeId, ventureId: pair.latest.ventureId });
    }
    return out.sort((a, b) => a.latest.conductedOn.localeCompare(b.latest.conductedOn) || a.latest.id.localeCompare(b.latest.id));
  }

  /** Average gain per dimension and the distribution of the overall gain over a scope. */
  async cohort(actor: Actor, filter: ImpactFilter): Promise<DiagnosticCohort> {
    const pairs = await this.pairs(actor, filter);
    const byKey = new Map<string, { label: Texts; base: number[]; latest: number[] }>();
    for (const pair of pairs)
      for (const d of pair.dimensions) {
        if (d.gain === null) continue;
        const entry = byKey.get(d.key) ?? { label: d.label, base: [], latest: [] };
        entry.base.push(d.baseline!);
        entry.latest.push(d.latest!);
        byKey.set(d.key, entry);
      }
    const mean = (xs: number[]) => r1(xs.reduce((a, b) => a + b, 0) / xs.length);
    const dimensions = [...byKey.entries()].map(([key, e]) => ({
      key,
      label: e.label,
      subjects: e.base.length,
      meanBaseline: mean(e.base),
      meanLatest: mean(e.latest),
      meanGain: r1(mean(e.latest) - mean(e.base)),
    }));
    const gains = pairs.map((p) => p.overallGain).filter((g): g is number => g !== null);
    const edges = [-Infinity, 0, 10, 20, 30, Infinity];
    const distribution = edges.slice(0, -1).map((from, i) => ({
      from: Number.isFinite(from) ? from : -100,
      to: Number.isFinite(edges[i + 1]) ? edges[i + 1] : 100.1,
      subjects: gains.filter((g) => g >= from && g < edges[i + 1]).length,
    }));
    const s = validatedScope(actor, filter);
    const [q, p] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT count(DISTINCT coalesce(d.cooperative_id, d.venture_id))::int AS n FROM diagnostic d
        WHERE d.organization_id = :iOrg AND d.status = 'FINAL' AND d.kind = 'BASELINE'
          AND (d.cooperative_id IN (${s.cooperatives}) OR d.venture_id IN (${s.ventures}))`,
      s.params,
    );
    const [{ n }] = await this.dataSource.query<Array<{ n: number }>>(q, p);
    return { subjects: pairs.length, baselines: Number(n), meanOverallGain: gains.length ? mean(gains) : null, dimensions, distribution };
  }
}
