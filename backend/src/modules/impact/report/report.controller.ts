import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ErrorCode, ErrorReason, Locale, LOCALES, Role } from '@rafiq/shared';
import type { Request, Response } from 'express';
import { RequestAuth } from '../../../common/actor';
import { Public } from '../../auth/allow.decorator';
import { ImpactFilter } from '../dto/impact.inputs';
import { ImpactReportService } from './report.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const READERS: readonly Role[] = [Role.ADMIN, Role.PROGRAM_LEAD, Role.COACH];

/**
 * GET /api/reports/impact.pdf|xlsx?programId=&cohortId=&regionCode=&from=&to=&locale= — the funder
 * report for what the signed-in caller may see (the same scoping as the `impact` query). The
 * GraphQL guard does not cover plain HTTP routes, so the session and role are checked here.
 */
@Controller('api/reports')
export class ImpactReportController {
  constructor(private readonly reports: ImpactReportService) {}

  @Public()
  @Get(':file')
  async report(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request & { auth?: RequestAuth },
    @Res() res: Response,
  ): Promise<void> {
    const refuse = (status: number, code: ErrorCode, reason: ErrorReason, field?: string) => {
      res.status(status).json({ errors: [{ message: code, extensions: { code, reason, ...(field ? { field } : {}) } }] });
    };
    const format = /^impact\.(pdf|xlsx)$/.exec(file)?.[1];
    if (!format) return refuse(404, ErrorCode.NOT_FOUND, ErrorReason.NOT_FOUND);
    const actor = req.auth?.actor;
    if (!actor) return refuse(401, ErrorCode.UNAUTHENTICATED, ErrorReason.SIGN_IN_REQUIRED);
    if (!READERS.includes(actor.role)) return refuse(403, ErrorCode.FORBIDDEN, ErrorReason.NOT_ALLOWED);
    const str = (k: string) => (typeof query[k] === 'string' && query[k] !== '' ? query[k] : undefined);
    const filter: ImpactFilter = {};
    const checks: Array<[keyof ImpactFilter, RegExp]> = [
      ['programId', UUID],
      ['cohortId', UUID],
      ['regionCode', REGION],
      ['from', DATE],
      ['to', DATE],
    ];
    for (const [key, re] of checks) {
      const v = str(key);
      if (v === undefined) continue;
      if (!re.test(v) || ((key === 'from' || key === 'to') && Number.isNaN(Date.parse(v))))
        return refuse(400, ErrorCode.BAD_USER_INPUT, ErrorReason.INVALID_VALUE, key);
      (filter as Record<string, string>)[key] = v;
    }
    if (filter.from && filter.to && filter.from > filter.to) return refuse(400, ErrorCode.BAD_USER_INPUT, ErrorReason.INVALID_VALUE, 'to');
    const given = str('locale');
    if (given && !LOCALES.includes(given as Locale)) return refuse(400, ErrorCode.BAD_USER_INPUT, ErrorReason.INVALID_VALUE, 'locale');
    const locale = (given as Locale | undefined) ?? actor.locale ?? Locale.FR;
    const data = await this.reports.data(actor, filter, locale);
    const body = format === 'pdf' ? await this.reports.pdf(data) : await this.reports.xlsx(data);
    const stamp = data.impact.asOf.slice(0, 10);
    res.setHeader(
      'Content-Type',
      format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    res.setHeader('Content-Disposition', `attachment; filename="rafiq-impact-${stamp}.${format}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(body);
  }
}
