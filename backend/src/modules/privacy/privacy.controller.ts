import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ErrorCode, ErrorReason, Locale, LOCALES, Role } from '@rafiq/shared';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { RequestAuth } from '../../common/actor';
import { AppError } from '../../common/errors';
import { Public } from '../auth/allow.decorator';
import { streamExport } from '../import/export-stream';
import { PersonData, personDataPdf } from './person-data';
import { PrivacyService } from './privacy.service';
import { RESEARCH_HEADERS } from './research-export';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXPORT_KEY = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Files for admins (the GraphQL guard does not cover plain HTTP routes, so the session and the
 * role are checked here):
 * - GET /api/people/:id/data.json|pdf?locale= — everything held about a person (right of access);
 * - GET /api/me/data.json|pdf?locale= — the same, for the signed-in entrepreneur about herself;
 * - GET /api/research/dataset.csv|xlsx?key= — the pseudonymised research dataset (docs/research-exports.md).
 */
@Controller('api')
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly ds: DataSource,
  ) {}

  private refuse(res: Response, status: number, code: ErrorCode, reason: ErrorReason, field?: string): void {
    res.status(status).json({ errors: [{ message: code, extensions: { code, reason, ...(field ? { field } : {}) } }] });
  }

  private admin(req: Request & { auth?: RequestAuth }, res: Response) {
    const actor = req.auth?.actor;
    if (!actor) return this.refuse(res, 401, ErrorCode.UNAUTHENTICATED, ErrorReason.SIGN_IN_REQUIRED);
    if (actor.role !== Role.ADMIN) return this.refuse(res, 403, ErrorCode.FORBIDDEN, ErrorReason.NOT_ALLOWED);
    return actor;
  }

  @Public()
  @Get('people/:id/:file')
  async personData(
    @Param('id') id: string,
    @Param('file') file: string,
    @Query('locale') locale: string | undefined,
    @Req() req: Request & { auth?: RequestAuth },
    @Res() res: Response,
  ): Promise<void> {
    const format = /^data\.(json|pdf)$/.exec(file)?.[1];
    if (!format || !UUID.test(id)) return this.refuse(res, 404, ErrorCode.NOT_FOUND, ErrorReason.NOT_FOUND);
    const actor = this.admin(req, res);
    if (!actor) return;
    if (locale && !LOCALES.includes(locale as Locale)) return this.refuse(res, 400, ErrorCode.BAD_USER_INPUT, ErrorReason.INVALID_VALUE, 'locale');
    let data;
    try {
      data = await this.privacy.personData(actor, id);
    } catch (e) {
      if (e instanceof AppError && e.extensions.code === ErrorCode.NOT_FOUND) return this.refuse(res, 404, ErrorCode.NOT_FOUND, ErrorReason.NOT_FOUND);
      throw e;
    }
    // In her language: the one asked for, else her preferred one, else the admin's.
    await this.send(res, data, format, `rafiq-person-${id.slice(0, 8)}`, locale as Locale | undefined, actor.locale);
  }

  /**
   * GET /api/me/data.json|pdf?locale= — her own copy, for the signed-in entrepreneur: everything held
   * about the person linked to her account (nobody else's; staff use the route above).
   */
  @Public()
  @Get('me/:file')
  async ownData(
    @Param('file') file: string,
    @Query('locale') locale: string | undefined,
    @Req() req: Request & { auth?: RequestAuth },
    @Res() res: Response,
  ): Promise<void> {
    const format = /^data\.(json|pdf)$/.exec(file)?.[1];
    if (!format) return this.refuse(res, 404, ErrorCode.NOT_FOUND, ErrorReason.NOT_FOUND);
    const actor = req.auth?.actor;
    if (!actor) return this.refuse(res, 401, ErrorCode.UNAUTHENTICATED, ErrorReason.SIGN_IN_REQUIRED);
    if (actor.role !== Role.ENTREPRENEUR) return this.refuse(res, 403, ErrorCode.FORBIDDEN, ErrorReason.NOT_ALLOWED);
    if (locale && !LOCALES.includes(locale as Locale)) return this.refuse(res, 400, ErrorCode.BAD_USER_INPUT, ErrorReason.INVALID_VALUE, 'locale');
    let data;
    try {
      data = await this.privacy.ownData(actor);
    } catch (e) {
      if (e instanceof AppError && e.extensions.code === ErrorCode.NOT_FOUND) return this.refuse(res, 404, ErrorCode.NOT_FOUND, ErrorReason.NOT_FOUND);
      throw e;
    }
    // In her language: the one asked for, else her account's, else her record's preferred one.
    await this.send(res, data, format, 'rafiq-my-data', (locale as Locale | undefined) ?? actor.locale ?? undefined, null);
  }

  /** The file: JSON as collected, or a readable PDF in `locale`, else her preferred language, else `fallback`. */
  private async send(res: Response, data: PersonData, format: string, name: string, locale: Locale | undefined, fallback: Locale | null): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    const stamp = data.generatedAt.slice(0, 10);
    if (format === 'json') {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}-${stamp}.json"`);
      res.send(JSON.stringify(data, null, 2));
      return;
    }
    const lang = locale ?? (data.person.preferred_locale as Locale | null) ?? fallback ?? Locale.FR;
    const pdf = await personDataPdf(data, lang);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${name}-${stamp}.pdf"`);
    res.send(pdf);
  }

  @Public()
  @Get('research/:file')
  async research(
    @Param('file') file: string,
    @Query('key') key: string | undefined,
    @Req() req: Request & { auth?: RequestAuth },
    @Res() res: Response,
  ): Promise<void> {
    const format = /^dataset\.(csv|xlsx)$/.exec(file)?.[1] as 'csv' | 'xlsx' | undefined;
    if (!format) return this.refuse(res, 404, ErrorCode.NOT_FOUND, ErrorReason.NOT_FOUND);
    const actor = this.admin(req, res);
    if (!actor) return;
    if (!key || !EXPORT_KEY.test(key)) return this.refuse(res, 400, ErrorCode.BAD_USER_INPUT, ErrorReason.INVALID_VALUE, 'key');
    const dataset = await this.privacy.research(actor, key);
    res.setHeader('X-Rafiq-Suppressed-Rows', String(dataset.suppressed));
    res.setHeader('X-Rafiq-Generalised-Rows', String(dataset.generalised));
    await streamExport({
      res,
      ds: this.ds,
      actor,
      list: `rafiq-research-${key}`,
      entity: 'research_dataset',
      format,
      sheetName: 'dataset',
      headers: [...RESEARCH_HEADERS],
      filters: { key, suppressed: dataset.suppressed, generalised: dataset.generalised },
      pages: (async function* () {
        yield dataset.rows;
      })(),
      rows: (items) => items.map((r) => RESEARCH_HEADERS.map((h) => r[h])),
    });
  }
}
