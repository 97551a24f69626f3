import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ErrorCode, Role } from '@rafiq/shared';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { Actor, RequestAuth } from '../../common/actor';
import { Public } from '../auth/allow.decorator';
import { PersonFilter } from '../person/dto/person.inputs';
import { Area, Gender } from '../person/person.enums';
import { Person } from '../person/person.entity';
import { PersonService } from '../person/person.service';
import { EnrolmentStatus } from '../enrolment/enrolment.entity';

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

function filterFrom(query: Record<string, unknown>): PersonFilter {
  const text = (k: string) => (typeof query[k] === 'string' && query[k].length <= 200 ? query[k] : undefined);
  const id = (k: string) => (text(k) && UUID.test(text(k)!) ? text(k) : undefined);
  const oneOf = <T extends string>(k: string, values: readonly T[]) => values.find((v) => v === text(k));
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

/**
 * `GET /api/exports/people.csv` and `.xlsx` with the people list's filters as query parameters
 * (`search`, `regionCode`, `programId`, …) and the session cookie: exactly the people the caller may
 * see (the list's own query, page after page), streamed; national IDs masked, birth year only, no phone.
 */
@Controller('api/exports')
export class ExportController {
  constructor(private readonly people: PersonService) {}

  @Public()
  @Get('people.:format')
  async exportPeople(
    @Req() req: Request & { auth?: RequestAuth },
    @Res() res: Response,
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const actor: Actor | null | undefined = req.auth?.actor;
    if (!actor) {
      res.status(401).json({ error: { code: ErrorCode.UNAUTHENTICATED } });
      return;
    }
    if (actor.role === Role.ENTREPRENEUR) {
      res.status(403).json({ error: { code: ErrorCode.FORBIDDEN, reason: 'NOT_ALLOWED' } });
      return;
    }
    if (format !== 'csv' && format !== 'xlsx') {
      res.status(404).end();
      return;
    }
    const filter = filterFrom(query);
    const pages = async function* (service: PersonService) {
      let after: string | undefined;
      for (;;) {
        const page = await service.list(actor, { first: 100, after }, filter, false);
        yield page.edges.map((e) => e.node);
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
        after = page.pageInfo.endCursor;
      }
    };
    res.setHeader('Cache-Control', 'no-store');
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="people.csv"');
      res.write('\uFEFF');
      const csv = stringify({ delimiter: ',' });
      csv.pipe(res);
      csv.write(HEADERS);
      for await (const people of pages(this.people))
        for (const p of people) if (!csv.write(row(p))) await new Promise((r) => csv.once('drain', r));
      csv.end();
      return;
    }
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', 'attachment; filename="people.xlsx"');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: false });
    const sheet = workbook.addWorksheet('People');
    sheet.addRow(HEADERS).commit();
    for await (const people of pages(this.people)) for (const p of people) sheet.addRow(row(p)).commit();
    sheet.commit();
    await workbook.commit();
  }
}
