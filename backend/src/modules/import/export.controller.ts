import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ErrorCode, Role, Stage } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import type { Request, Response } from 'express';
import { Actor, RequestAuth } from '../../common/actor';
import { Public } from '../auth/allow.decorator';
import { PersonFilter } from '../person/dto/person.inputs';
import { Area, Gender } from '../person/person.enums';
import { Person } from '../person/person.entity';
import { PersonService } from '../person/person.service';
import { EnrolmentStatus } from '../enrolment/enrolment.entity';
import { CooperativeFilter } from '../cooperative/dto/cooperative.inputs';
import { LegalForm } from '../cooperative/cooperative.enums';
import { Cooperative } from '../cooperative/cooperative.entity';
import { CooperativeService } from '../cooperative/cooperative.service';
import { VentureFilter } from '../venture/dto/venture.inputs';
import { Venture } from '../venture/venture.entity';
import { VentureService } from '../venture/venture.service';
import { SessionFilter } from '../session/dto/session.inputs';
import { SessionKind, SessionStatus } from '../session/session.enums';
import { CoachingSession } from '../session/session.entity';
import { SessionService } from '../session/session.service';
import { Cell, ExportFormat, pagesOf, streamExport } from './export-stream';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEADERS = [
  'Nom',
  'Prénom',
  'Sexe',
  'Année de naissance',
  'CIN (masquée)',
  'Région',
  'Province',
  'Commune',
  'Milieu',
  "Niveau d'étude",
  'NEET',
];

const row = (p: Person) => [
  p.lastName,
  p.firstName,
  p.gender,
  p.birthDate ? p.birthDate.slice(0, 4) : '',
  p.nationalIdMasked ?? '',
  p.regionCode,
  p.provinceCode ?? '',
  p.commune ?? '',
  p.area ?? '',
  p.educationLevel ?? '',
  p.neet === null ? '' : p.neet ? 'oui' : 'non',
];

/** Reads list filters from query parameters; anything malformed is ignored rather than trusted. */
function params(query: Record<string, unknown>) {
  const text = (k: string) => {
    const v = query[k];
    return typeof v === 'string' && v.length <= 200 && v !== '' ? v : undefined;
  };
  const id = (k: string) => (text(k) && UUID.test(text(k)!) ? text(k) : undefined);
  const oneOf = <T extends string>(k: string, values: readonly T[]) => values.find((v) => v === text(k));
  const date = (k: string) => {
    const v = text(k);
    const d = v ? new Date(v) : undefined;
    return d && !Number.isNaN(d.getTime()) ? d : undefined;
  };
  return { text, id, oneOf, date };
}

function filterFrom(query: Record<string, unknown>): PersonFilter {
  const { text, id, oneOf } = params(query);
  const neet = text('neet');
  return {
    search: text('search'),
    regionCode: text('regionCode'),
    provinceCode: text('provinceCode'),
    gender: oneOf('gender', Object.values(Gender)),
    area: oneOf('area', Object.values(Area)),
    neet: neet === 'true' ? true : neet === 'false' ? false : undefined,
    status: oneOf('status', Object.values(EnrolmentStatus)),
    programId: id('programId'),
    cohortId: id('cohortId'),
    coachId: id('coachId'),
    includeArchived: text('includeArchived') === 'true',
  };
}

const COOPERATIVE_HEADERS = [
  'Nom',
  'Nom (arabe)',
  'Forme juridique',
  "N° d'immatriculation",
  'Date de création',
  'Région',
  'Province',
  'Commune',
  'Archivée',
];
const cooperativeRow = (c: Cooperative): Cell[] => [
  c.name,
  c.nameAr ?? '',
  c.legalForm,
  c.registrationNumber ?? '',
  c.createdOn ?? '',
  c.regionCode,
  c.provinceCode ?? '',
  c.commune ?? '',
  c.archivedAt ? 'oui' : 'non',
];

function cooperativeFilterFrom(query: Record<string, unknown>): CooperativeFilter {
  const { text, id, oneOf } = params(query);
  return {
    search: text('search'),
    regionCode: text('regionCode'),
    valueChainId: id('valueChainId'),
    legalForm: oneOf('legalForm', Object.values(LegalForm)),
    includeArchived: text('includeArchived') === 'true',
  };
}

const VENTURE_HEADERS = ['Titre', 'Porteur', 'Programme', 'Étape', 'Étape depuis', 'Région', 'Province', 'Archivée'];

function ventureFilterFrom(query: Record<string, unknown>): VentureFilter {
  const { text, id, oneOf } = params(query);
  return {
    programId: id('programId'),
    cohortId: id('cohortId'),
    stage: oneOf('stage', Object.values(Stage)),
    regionCode: text('regionCode'),
    valueChainId: id('valueChainId'),
    coachId: id('coachId'),
    ownerPersonId: id('ownerPersonId'),
    ownerCooperativeId: id('ownerCooperativeId'),
    search: text('search'),
    includeArchived: text('includeArchived') === 'true',
  };
}

const SESSION_HEADERS = ['Type', 'Début', 'Fin', 'Mode', 'Lieu', 'Statut', 'Thèmes', 'Capacité'];
const sessionRow = (s: CoachingSession): Cell[] => [
  s.kind,
  s.startsAt.toISOString(),
  s.endsAt.toISOString(),
  s.mode,
  s.place ?? '',
  s.status,
  (s.topics ?? []).join(', '),
  s.capacity,
];

function sessionFilterFrom(query: Record<string, unknown>): SessionFilter {
  const { id, oneOf, date } = params(query);
  return {
    coachId: id('coachId'),
    personId: id('personId'),
    from: date('from'),
    to: date('to'),
    status: oneOf('status', Object.values(SessionStatus)),
    kind: oneOf('kind', Object.values(SessionKind)),
  };
}

/** The signed-in caller allowed to export, or null after answering 401/403/404. */
function exporter(req: Request & { auth?: RequestAuth }, res: Response, format: string): Actor | null {
  const actor: Actor | null | undefined = req.auth?.actor;
  if (!actor) {
    res.status(401).json({ error: { code: ErrorCode.UNAUTHENTICATED } });
    return null;
  }
  if (actor.role === Role.ENTREPRENEUR) {
    res.status(403).json({ error: { code: ErrorCode.FORBIDDEN, reason: 'NOT_ALLOWED' } });
    return null;
  }
  if (format !== 'csv' && format !== 'xlsx') {
    res.status(404).end();
    return null;
  }
  return actor;
}

/**
 * `GET /api/exports/{people,cooperatives,ventures,sessions}.{csv,xlsx}` with the list's filters as
 * query parameters and the session cookie: exactly the rows the caller may see (each list's own
 * access-scoped query, page after page), streamed, and an EXPORT event in the audit trail. People:
 * national IDs masked, birth year only, no phone. Entrepreneurs get 403, anonymous callers 401.
 */
@Controller('api/exports')
export class ExportController {
  constructor(
    private readonly people: PersonService,
    private readonly cooperatives: CooperativeService,
    private readonly ventures: VentureService,
    private readonly sessions: SessionService,
    private readonly ds: DataSource,
  ) {}

  @Public()
  @Get('people.:format')
  async exportPeople(
    @Req() req: Request & { auth?: RequestAuth },
    @Res() res: Response,
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const actor = exporter(req, res, format);
    if (!actor) return;
    const filter = filterFrom(query);
    await streamExport<Person>({
      res,
      ds: this.ds,
      actor,
      list: 'people',
      entity: 'person',
      format: format as ExportFormat,
      sheetName: 'People',
      headers: HEADERS,
      filters: filter,
      pages: pagesOf((page) => this.people.list(actor, page, filter, false)),
      rows: (items) => items.map(row),
    });
  }

  @Public()
  @Get('cooperatives.:format')
  async exportCooperatives(
    @Req() req: Request & { auth?: RequestAuth },
    @Res() res: Response,
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const actor = exporter(req, res, format);
    if (!actor) return;
    const filter = cooperativeFilterFrom(query);
    await streamExport<Cooperative>({
      res,
      ds: this.ds,
      actor,
      list: 'cooperatives',
      entity: 'cooperative',
      format: format as ExportFormat,
      sheetName: 'Cooperatives',
      headers: COOPERATIVE_HEADERS,
      filters: filter,
      pages: pagesOf((page) => this.cooperatives.list(actor, page, filter, false)),
      rows: (items) => items.map(cooperativeRow),
    });
  }

  @Public()
  @Get('ventures.:format')
  async exportVentures(
    @Req() req: Request & { auth?: RequestAuth },
    @Res() res: Response,
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const actor = exporter(req, res, format);
    if (!actor) return;
    const filter = ventureFilterFrom(query);
    await streamExport<Venture>({
      res,
      ds: this.ds,
      actor,
      list: 'ventures',
      entity: 'venture',
      format: format as ExportFormat,
      sheetName: 'Ventures',
      headers: VENTURE_HEADERS,
      filters: filter,
      pages: pagesOf((page) => this.ventures.list(actor, page, filter, false)),
      rows: async (items) => {
        // One query per page for the owners' and programmes' names, within the caller's organisation.
        const names = new Map<string, string>();
        const ids = [
          ...new Set(items.flatMap((v) => [v.ownerPersonId, v.ownerCooperativeId, v.programId]).filter((x): x is string => !!x)),
        ];
        if (ids.length) {
          const found: { id: string; name: string }[] = await this.ds.query(
            `SELECT id, trim(first_name || ' ' || last_name) AS name FROM person WHERE organization_id = $1 AND id = ANY($2::uuid[])
             UNION ALL SELECT id, name FROM cooperative WHERE organization_id = $1 AND id = ANY($2::uuid[])
             UNION ALL SELECT id, name FROM program WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
            [actor.organizationId, ids],
          );
          for (const f of found) names.set(f.id, f.name);
        }
        return items.map((v) => [
          v.title,
          names.get(v.ownerPersonId ?? v.ownerCooperativeId ?? '') ?? '',
          names.get(v.programId ?? '') ?? '',
          v.stage,
          v.stageSince.toISOString().slice(0, 10),
          v.regionCode,
          v.provinceCode ?? '',
          v.archivedAt ? 'oui' : 'non',
        ]);
      },
    });
  }

  @Public()
  @Get('sessions.:format')
  async exportSessions(
    @Req() req: Request & { auth?: RequestAuth },
    @Res() res: Response,
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const actor = exporter(req, res, format);
    if (!actor) return;
    const filter = sessionFilterFrom(query);
    await streamExport<CoachingSession>({
      res,
      ds: this.ds,
      actor,
      list: 'sessions',
      entity: 'session',
      format: format as ExportFormat,
      sheetName: 'Sessions',
      headers: SESSION_HEADERS,
      filters: filter,
      pages: pagesOf((page) => this.sessions.list(actor, page, filter, false)),
      rows: (items) => items.map(sessionRow),
    });
  }
}
