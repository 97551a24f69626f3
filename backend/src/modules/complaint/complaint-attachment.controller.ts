import path from 'node:path';
import { Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ErrorCode, Role } from '@rafiq/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import {
  isUuid,
  routeId,
  refuseDownload,
  refuseUpload,
  sendStoredFile,
  storeUpload,
  uploadFileName,
  uploadPreflight,
  type UploadRequest,
} from '../../common/uploads';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { Public } from '../auth/allow.decorator';
import { ComplaintAttachment } from './complaint.entity';
import { ComplaintService } from './complaint.service';

const MAX_ATTACHMENTS = 5;

/**
 * Attachments of a complaint, stored server-side under `RAFIQ_DATA_DIR/complaint-files`.
 * `POST /api/complaints/{id}/attachments?fileName=x.pdf` with the file as the raw body
 * (`Content-Type` application/pdf, image/jpeg or image/png; at most 5 MB; 5 per complaint), by
 * whoever sees the complaint and filed it, or staff who see it. `GET /api/complaints/attachments/{id}`
 * downloads one for whoever sees its complaint. The rule is checked here (not by the GraphQL guard);
 * other organisations' ids answer 404, like ids that do not exist.
 */
@Controller('api/complaints')
export class ComplaintAttachmentController {
  constructor(
    private readonly complaints: ComplaintService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private dir(): string {
    return path.join(this.config.dataDir, 'complaint-files');
  }

  @Public()
  @Post(':id/attachments')
  async upload(@Req() req: UploadRequest, @Res() res: Response, @Query('fileName') fileName?: string): Promise<void> {
    const id = routeId(req);
    const pre = uploadPreflight(req, res, id);
    if (!pre) return;
    const { actor, type } = pre;
    const complaint = await this.complaints.get(actor, id).catch(() => null);
    if (!complaint) return refuseUpload(req, res, 404, ErrorCode.NOT_FOUND, 'NOT_FOUND');
    if (actor.role === Role.ENTREPRENEUR && complaint.filedBy !== actor.userId)
      return refuseUpload(req, res, 403, ErrorCode.FORBIDDEN, 'NOT_ALLOWED');
    const count = await this.dataSource.getRepository(ComplaintAttachment).count({ where: { complaintId: id } });
    if (count >= MAX_ATTACHMENTS) return refuseUpload(req, res, 400, ErrorCode.BAD_USER_INPUT, 'TOO_LONG');
    const stored = await storeUpload(req, res, this.dir());
    if (!stored) return;
    const saved = await this.dataSource.transaction(async (m) =>
      m.save(
        m.create(ComplaintAttachment, {
          organizationId: actor.organizationId,
          complaintId: id,
          fileName: uploadFileName(fileName, 'attachment'),
          contentType: type,
          sizeBytes: stored.size,
          storageKey: stored.key,
          uploadedBy: actor.userId,
        }),
      ),
    );
    res.status(201).json({ id: saved.id, fileName: saved.fileName, contentType: saved.contentType, sizeBytes: saved.sizeBytes });
  }

  @Public()
  @Get('attachments/:id')
  async download(@Req() req: UploadRequest, @Res() res: Response): Promise<void> {
    const id = routeId(req);
    const actor = req.auth?.actor;
    if (!actor) return refuseDownload(res, false);
    const a = isUuid(id)
      ? await this.dataSource.getRepository(ComplaintAttachment).findOne({ where: { id, organizationId: actor.organizationId } })
      : null;
    const visible = a ? await this.complaints.get(actor, a.complaintId).catch(() => null) : null;
    if (!a || !visible) return refuseDownload(res, true);
    await sendStoredFile(res, this.dir(), a);
  }
}
