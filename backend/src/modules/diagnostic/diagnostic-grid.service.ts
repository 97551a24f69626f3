import { Injectable } from '@nestjs/common';
import { ErrorReason, Role } from '@rafiq/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { Actor } from '../../common/actor';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { tenantRepository } from '../../common/tenant';
import { updateVersioned } from '../../common/versioned-update';
import { DiagnosticGrid } from './diagnostic-grid.entity';
import { Diagnostic } from './diagnostic.entity';
import { GridDimension, QuestionKind, Texts } from './diagnostic.types';
import { DiagnosticGridInput, DiagnosticGridsArgs, TextsInput, UpdateDiagnosticGridInput, VersionedIdArgs } from './dto/diagnostic.inputs';

const DESIGNERS = [Role.ADMIN, Role.PROGRAM_LEAD];
const STAFF = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];
const KEY = /^[A-Za-z0-9_-]{1,60}$/;

const texts = (t: TextsInput | null | undefined): Texts => ({ fr: t?.fr?.trim() ?? '', ar: t?.ar?.trim() ?? '', en: t?.en?.trim() ?? '' });
const hasText = (t: Texts) => Boolean(t.fr || t.ar || t.en);

/** Checks a grid's content and returns it normalised (field paths name the culprit). */
export function validGrid(input: DiagnosticGridInput): { name: Texts; dimensions: GridDimension[] } {
  const name = texts(input.name);
  if (!hasText(name)) throw badInput('name', ErrorReason.REQUIRED, 'Give the grid a name');
  if (!input.dimensions.length) throw badInput('dimensions', ErrorReason.REQUIRED, 'A grid needs at least one dimension');
  const keys = new Set<string>();
  const dimensions = input.dimensions.map((d, i): GridDimension => {
    const at = `dimensions.${i}`;
    if (!KEY.test(d.key) || keys.has(d.key))
      throw badInput(`${at}.key`, keys.has(d.key) ? ErrorReason.DUPLICATE : ErrorReason.INVALID_VALUE, 'Each dimension needs its own key');
    keys.add(d.key);
    const label = texts(d.label);
    if (!hasText(label)) throw badInput(`${at}.label`, ErrorReason.REQUIRED, 'Name the dimension');
    if (!(d.weight > 0 && d.weight <= 100))
      throw badInput(`${at}.weight`, ErrorReason.INVALID_VALUE, 'A weight is above 0 and at most 100');
    if (!d.questions.length) throw badInput(`${at}.questions`, ErrorReason.REQUIRED, 'A dimension needs at least one question');
    const questions = d.questions.map((q, j) => {
      const qat = `${at}.questions.${j}`;
      if (!KEY.test(q.key) || keys.has(q.key))
        throw badInput(
          `${qat}.key`,
          keys.has(q.key) ? ErrorReason.DUPLICATE : ErrorReason.INVALID_VALUE,
          'Each question needs its own key',
        );
      keys.add(q.key);
      const text = texts(q.text);
      if (!hasText(text)) throw badInput(`${qat}.text`, ErrorReason.REQUIRED, 'Write the question');
      if (!(q.weight > 0 && q.weight <= 100))
        throw badInput(`${qat}.weight`, ErrorReason.INVALID_VALUE, 'A weight is above 0 and at most 100');
      const levels = q.kind === QuestionKind.SCALE ? (q.levels ?? []).map(texts) : [];
      if (q.kind === QuestionKind.SCALE && (levels.length !== 5 || !levels.every(hasText)))
        throw badInput(`${qat}.levels`, ErrorReason.REQUIRED, 'A 0–4 scale needs a label for each of its 5 levels');
      const target = q.kind === QuestionKind.NUMBER ? (q.target ?? null) : null;
      if (q.kind === QuestionKind.NUMBER && !(target !== null && target > 0))
        throw badInput(`${qat}.target`, ErrorReason.REQUIRED, 'A number question needs a target above 0');
      return { key: q.key, text, kind: q.kind, weight: q.weight, levels, target, suggestion: texts(q.suggestion) };
    });
    return { key: d.key, label, weight: d.weight, questions };
  });
  return { name, dimensions };
}

/**
 * Diagnostic grids (permissions.md): admins and programme leads design them; staff read them to
 * run diagnostics. A grid used by a diagnostic is never changed: an edit makes the next revision.
 */
@Injectable()
export class DiagnosticGridService {
  constructor(private readonly dataSource: DataSource) {}

  list(actor: Actor, args: DiagnosticGridsArgs): Promise<DiagnosticGrid[]> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    return tenantRepository(this.dataSource, DiagnosticGrid, actor).find({
      where: {
        isCurrent: true,
        ...(args.subjectKind ? { subjectKind: args.subjectKind } : {}),
        ...(args.includeArchived ? {} : { archivedAt: IsNull() }),
      },
      order: { createdAt: 'ASC' },
    });
  }

  async get(actor: Actor, id: string): Promise<DiagnosticGrid> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    const grid = await tenantRepository(this.dataSource, DiagnosticGrid, actor).findOne({ where: { id } });
    if (!grid) throw notFound('diagnostic grid');
    return grid;
  }

  /** Every revision of a grid, newest first. */
  async revisions(actor: Actor, lineageId: string): Promise<DiagnosticGrid[]> {
    if (!STAFF.includes(actor.role)) throw forbidden();
    return tenantRepository(this.dataSource, DiagnosticGrid, actor).find({ where: { lineageId }, order: { revision: 'DESC' } });
  }

  async create(actor: Actor, input: DiagnosticGridInput): Promise<DiagnosticGrid> {
    if (!DESIGNERS.includes(actor.role)) throw forbidden();
    const { name, dimensions } = validGrid(input);
    return this.dataSource.transaction(async (m) => {
      const id = randomUUID();
      await m.insert(DiagnosticGrid, {
        id,
        lineageId: id,
        organizationId: actor.organizationId,
        revision: 1,
        isCurrent: true,
        subjectKind: input.subjectKind,
        nameFr: name.fr,
        nameAr: name.ar,
        nameEn: name.en,
        dimensions,
        createdBy: actor.userId,
      });
      return m.findOneByOrFail(DiagnosticGrid, { id });
    });
  }

  /** Changes a grid not used yet; for a grid in use, makes the next revision the current one. */
  async update(actor: Actor, input: UpdateDiagnosticGridInput): Promise<DiagnosticGrid> {
    if (!DESIGNERS.includes(actor.role)) throw forbidden();
    const { name, dimensions } = validGrid(input);
    return this.dataSource.transaction(async (m) => {
      const grid = await tenantRepository(m, DiagnosticGrid, actor).findOne({ where: { id: input.id } });
      if (!grid) throw notFound('diagnostic grid');
      if (grid.version !== input.version) throw conflict('This grid was changed by someone else; reload it and try again');
      if (!grid.isCurrent) throw badInput('id', ErrorReason.NOT_ALLOWED, 'This is an old revision of the grid; edit the current one');
      const values = { subjectKind: input.subjectKind, nameFr: name.fr, nameAr: name.ar, nameEn: name.en, dimensions };
      const used = await tenantRepository(m, Diagnostic, actor).count({ where: { gridId: grid.id } });
      if (!used) {
        await updateVersioned(m, DiagnosticGrid, actor, { id: grid.id, version: input.version }, values, 'diagnostic grid');
        return m.findOneByOrFail(DiagnosticGrid, { id: grid.id });
      }
      await updateVersioned(m, DiagnosticGrid, actor, { id: grid.id, version: input.version }, { isCurrent: false }, 'diagnostic grid');
      const id = randomUUID();
      await m.insert(DiagnosticGrid, {
        id,
        lineageId: grid.lineageId,
        organizationId: actor.organizationId,
        revision: grid.revision + 1,
        isCurrent: true,
        archivedAt: grid.archivedAt,
        createdBy: actor.userId,
        ...values,
      });
      return m.findOneByOrFail(DiagnosticGrid, { id });
    });
  }

  /** Archives (or restores) a grid: no new diagnostics with it; past ones keep it. */
  async archive(actor: Actor, args: VersionedIdArgs, archived: boolean): Promise<DiagnosticGrid> {
    if (!DESIGNERS.includes(actor.role)) throw forbidden();
    return this.dataSource.transaction(async (m) => {
      await updateVersioned(m, DiagnosticGrid, actor, args, { archivedAt: archived ? new Date() : null }, 'diagnostic grid');
      return m.findOneByOrFail(DiagnosticGrid, { id: args.id });
    });
  }
}
