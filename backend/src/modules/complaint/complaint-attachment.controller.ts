import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ErrorCode, Role } from '@rafiq/shared';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { RequestAuth } from '../../common/actor';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { Public } from '../auth/allow.decorator';
import { ComplaintAttachment } from './complaint.entity';
import { ComplaintService } from './complaint.service';

export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
const MAX_ATTACHMENTS = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  async upload(
    @Req() req: Request & { auth?: RequestAuth },
    @Res() res: Response,
    @Param('id') id: string,
    @Query('fileName') fileName?: string,
  ): Promise<void> {
    const actor = req.auth?.actor;
    const fail = (status: number, code: string, reason?: string) => {
      req.resume();
      res.status(status).json({ error: { code, reason } });
    };
    if (!actor) return fail(401, ErrorCode.UNAUTHENTICATED, 'SIGN_IN_REQUIRED');
    if (!UUID.test(id)) return fail(404, ErrorCode.NOT_FOUND, 'NOT_FOUND');
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (!ATTACHMENT_TYPES.includes(type)) return fail(415, ErrorCode.BAD_USER_INPUT, 'INVALID_VALUE');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_ATTACHMENT_BYTES) return fail(413, ErrorCode.BAD_USER_INPUT, 'TOO_LONG');
    const complaint = await this.complaints.get(actor, id).catch(() => null);
    if (!complaint) return fail(404, ErrorCode.NOT_FOUND, 'NOT_FOUND');
    if (actor.role === Role.ENTREPRENEUR && complaint.filedBy !== actor.userId) return fail(403, ErrorCode.FORBIDDEN, 'NOT_ALLOWED');
    const count = await this.dataSource.getRepository(ComplaintAttachment).count({ where: { complaintId: id } });
    if (count >= MAX_ATTACHMENTS) return fail(400, ErrorCode.BAD_USER_INPUT, 'TOO_LONG');
    await mkdir(this.dir(), { recursive: true });
    const key = randomUUID();
    const file = path.join(this.dir(), key);
    let size = 0;
    try {
      await pipeline(
        req,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            size += chunk.length;
            if (size > MAX_ATTACHMENT_BYTES) throw new Error('too large');
            yield chunk;
          }
        },
        createWriteStream(file, { mode: 0o600 }),
      );
    } catch {
      await rm(file, { force: true });
      return fail(413, ErrorCode.BAD_USER_INPUT, 'TOO_LONG');
    }
    if (size === 0) {
      await rm(file, { force: true });
      return fail(400, ErrorCode.BAD_USER_INPUT, 'REQUIRED');
    }
    const saved = await this.dataSource.transaction(async (m) =>
      m.save(
        m.create(ComplaintAttachment, {
          organizationId: actor.organizationId,
          complaintId: id,
          fileName: path.basename(fileName || 'attachment').slice(0, 200),
          contentType: type,
          sizeBytes: size,
          storageKey: key,
          uploadedBy: actor.userId,
        }),
      ),
    );
    res.status(201).json({ id: saved.id, fileName: saved.fileName, contentType: saved.contentType, sizeBytes: saved.sizeBytes });
  }

  @Public()
  @Get('attachments/:id')
  async download(@Req() req: Request & { auth?: RequestAuth }, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const actor = req.auth?.actor;
    if (!actor) {
      res.status(401).json({ error: { code: ErrorCode.UNAUTHENTICATED } });
      return;
    }
    const a = UUID.test(id)
      ? await this.dataSource.getRepository(ComplaintAttachment).findOne({ where: { id, organizationId: actor.organizationId } })
      : null;
    const visible = a ? await this.complaints.get(actor, a.complaintId).catch(() => null) : null;
    if (!a || !visible) {
      res.status(404).json({ error: { code: ErrorCode.NOT_FOUND } });
      return;
    }
    res.setHeader('Content-Type', a.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    await pipeline(createReadStream(path.join(this.dir(), a.storageKey)), res);
  }
}
