import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ErrorCode } from '@rafiq/shared';
import type { Response } from 'express';
import { AppError } from '../../common/errors';
import {
  isUuid,
  routeId,
  refuseDownload,
  sendStoredFile,
  storeUpload,
  uploadFileName,
  uploadPreflight,
  type UploadRequest,
} from '../../common/uploads';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { Public } from '../auth/allow.decorator';
import { DiagnosticService } from './diagnostic.service';

/** Where evidence files are stored. */
export const evidenceDir = (config: AppConfig): string => path.join(config.dataDir, 'diagnostic-files');

const STATUS: Partial<Record<string, number>> = { [ErrorCode.NOT_FOUND]: 404, [ErrorCode.FORBIDDEN]: 403, [ErrorCode.BAD_USER_INPUT]: 400 };

/** Answers a service refusal (AppError) as HTTP; anything else is a server error. */
function refusal(req: UploadRequest, res: Response, e: unknown): void {
  const ext = e instanceof AppError ? (e.extensions as { code?: string; reason?: string; field?: string }) : null;
  const status = ext?.code ? STATUS[ext.code] : undefined;
  if (!ext || !status) throw e;
  req.resume();
  res.status(status).json({ error: { code: ext.code, reason: ext.reason, field: ext.field } });
}

/**
 * Evidence files on the answers of a diagnostic (docs/api.md), stored under
 * `RAFIQ_DATA_DIR/diagnostic-files`, with the limits of every upload (common/uploads.ts: pdf, jpeg
 * or png, at most 5 MB) and at most 5 per answer.
 * `POST /api/diagnostics/{id}/evidence/{questionKey}?fileName=x.jpg` (the file as the raw body) by
 * staff who may edit the draft (a coach: her assignees'); `GET /api/diagnostics/evidence/{fileId}`
 * for whoever may see the diagnostic (an entrepreneur: her own final ones). The rule is checked
 * here (not by the GraphQL guard); a diagnostic the caller may not see answers 404, like one that
 * does not exist.
 */
@Controller('api/diagnostics')
export class DiagnosticEvidenceController {
  constructor(
    private readonly diagnostics: DiagnosticService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private dir(): string {
    return evidenceDir(this.config);
  }

  @Public()
  @Post(':id/evidence/:questionKey')
  async upload(
    @Req() req: UploadRequest,
    @Res() res: Response,
    @Param('questionKey') questionKey: string,
    @Query('fileName') fileName?: string,
  ): Promise<void> {
    const id = routeId(req);
    const pre = uploadPreflight(req, res, id);
    if (!pre) return;
    const { actor, type } = pre;
    try {
      await this.diagnostics.evidenceTarget(actor, id, questionKey);
    } catch (e) {
      return refusal(req, res, e);
    }
    const stored = await storeUpload(req, res, this.dir());
    if (!stored) return;
    try {
      const saved = await this.diagnostics.addEvidence(actor, {
        diagnosticId: id,
        questionKey,
        fileName: uploadFileName(fileName, 'evidence'),
        contentType: type,
        sizeBytes: stored.size,
        storageKey: stored.key,
      });
      res.status(201).json({
        id: saved.id,
        questionKey: saved.questionKey,
        fileName: saved.fileName,
        contentType: saved.contentType,
        sizeBytes: saved.sizeBytes,
      });
    } catch (e) {
      // Finalised or filled up meanwhile: the file is not kept.
      await rm(path.join(this.dir(), stored.key), { force: true });
      return refusal(req, res, e);
    }
  }

  @Public()
  @Get('evidence/:id')
  async download(@Req() req: UploadRequest, @Res() res: Response): Promise<void> {
    const id = routeId(req);
    const actor = req.auth?.actor;
    if (!actor) return refuseDownload(res, false);
    const file = isUuid(id) ? await this.diagnostics.evidenceFile(actor, id).catch(() => null) : null;
    if (!file) return refuseDownload(res, true);
    await sendStoredFile(res, this.dir(), file);
  }
}
