import { Controller, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ErrorCode } from '@rafiq/shared';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { RequestAuth } from '../../common/actor';
import { Public } from '../auth/allow.decorator';
import { IMPORTERS, ImportService } from './import.service';

/**
 * `POST /api/imports?fileName=people.csv` with the file as the raw body
 * (`Content-Type: application/octet-stream`, at most 50 MB) and the session cookie. The rule is
 * checked here (not by the GraphQL guard): signed in, admin or programme lead. A cross-site page
 * cannot send this content type without a CORS preflight, which the server never grants, and the
 * cookie is SameSite=Lax: the same protection as GraphQL's CSRF prevention.
 * Answers `{ "uploadId": "…" }`; preview and confirm with GraphQL (`previewPeopleImport`, `startPeopleImport`).
 */
@Controller('api/imports')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Public()
  @Post()
  @HttpCode(201)
  async upload(@Req() req: Request & { auth?: RequestAuth }, @Res() res: Response, @Query('fileName') fileName?: string): Promise<void> {
    const actor = req.auth?.actor;
    const fail = (status: number, code: string, reason?: string) => {
      req.resume();
      res.status(status).json({ error: { code, reason } });
    };
    if (!actor) return fail(401, ErrorCode.UNAUTHENTICATED, req.auth?.expired ? 'SESSION_EXPIRED' : 'SIGN_IN_REQUIRED');
    if (!IMPORTERS.includes(actor.role)) return fail(403, ErrorCode.FORBIDDEN, 'NOT_ALLOWED');
    if (!req.is('application/octet-stream')) return fail(415, ErrorCode.BAD_USER_INPUT, 'INVALID_VALUE');
    try {
      const uploadId = await this.imports.receive(actor, String(fileName ?? ''), req);
      res.status(201).json({ uploadId });
    } catch (err) {
      if (err instanceof GraphQLError) {
        const { code, reason } = err.extensions as { code: string; reason?: string };
        return fail(reason === 'TOO_LONG' ? 413 : 400, code, reason);
      }
      throw err;
    }
  }
}
