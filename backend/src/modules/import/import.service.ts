import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ErrorReason, ImportColumn, Role } from '@rafiq/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { FieldCrypto } from '../../common/crypto';
import { badInput, forbidden, notFound } from '../../common/errors';
import { ConnectionShape, PageArgs, paginate } from '../../common/pagination';
import { PeopleImportInput, PeopleImportPreview } from './dto/import.types';
import { ImportRun } from './import-run.entity';
import { openImportRun, runRecordedImport } from './import-run.recorder';
import { importPeople } from './people-import.engine';

/** Largest accepted upload (about 100,000 rows of the people format). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Uploaded files are kept this long for preview and confirmation. */
const UPLOAD_TTL_MS = 60 * 60 * 1000;
const PREVIEW_ROWS = 10;
const PREVIEW_PROBLEMS = 500;

export const IMPORTERS = [Role.ADMIN, Role.PROGRAM_LEAD];

interface Upload {
  path: string;
  fileName: string;
  organizationId: string;
  userId: string;
  expires: number;
}

/**
 * Spreadsheet imports from the web app. Uploaded files wait in a private temporary folder of this
 * process (one process: see docs/scaling.md) until previewed and confirmed, at most an hour.
 */
@Injectable()
export class ImportService implements OnModuleDestroy {
  private readonly logger = new Logger(ImportService.name);
  private readonly uploads = new Map<string, Upload>();
  private dir: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly crypto: FieldCrypto,
  ) {}

  async onModuleDestroy() {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  private context(actor: Actor) {
    if (!IMPORTERS.includes(actor.role)) throw forbidden();
    return { organizationId: actor.organizationId, userId: actor.userId, role: actor.role };
  }

  /** Stores an uploaded file (streamed to disk, size-limited) and returns its id. */
  async receive(actor: Actor, fileName: string, body: Readable): Promise<string> {
    this.context(actor);
    this.expire();
    this.dir ??= await mkdtemp(path.join(tmpdir(), 'rafiq-uploads-'));
    await mkdir(this.dir, { recursive: true });
    const id = randomUUID();
    const file = path.join(this.dir, id);
    let size = 0;
    try {
      await pipeline(
        body,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            size += chunk.length;
            if (size > MAX_UPLOAD_BYTES)
              throw badInput('file', ErrorReason.TOO_LONG, `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
            yield chunk;
          }
        },
        createWriteStream(file, { mode: 0o600 }),
      );
    } catch (err) {
      await rm(file, { force: true });
      throw err;
    }
    if (size === 0) {
      await rm(file, { force: true });
      throw badInput('file', ErrorReason.REQUIRED, 'The file is empty');
    }
    this.uploads.set(id, {
      path: file,
      fileName: path.basename(fileName || 'import.csv').slice(0, 200),
      organizationId: actor.organizationId,
      userId: actor.userId,
      expires: Date.now() + UPLOAD_TTL_MS,
    });
    return id;
  }

  private upload(actor: Actor, id: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload || upload.userId !== actor.userId || upload.organizationId !== actor.organizationId || upload.expires < Date.now())
      throw notFound('upload');
    return upload;
  }

  private expire() {
    const now = Date.now();
    for (const [id, u] of this.uploads) {
      if (u.expires < now) {
        this.uploads.delete(id);
        void rm(u.path, { force: true });
      }
    }
  }

  private static mapping(input: PeopleImportInput): Record<string, ImportColumn | null> {
    return Object.fromEntries((input.mapping ?? []).map((m) => [m.header, (m.column ?? null) as ImportColumn | null]));
  }

  /** Validates the whole file and counts what would change; writes nothing. */
  async preview(actor: Actor, input: PeopleImportInput): Promise<PeopleImportPreview> {
    const ctx = this.context(actor);
    const upload = this.upload(actor, input.uploadId);
    const result = await importPeople(this.dataSource, ctx, this.crypto, upload.path, upload.fileName, {
      dryRun: true,
      skipInvalid: input.skipInvalid,
      mapping: ImportService.mapping(input),
      previewRows: PREVIEW_ROWS,
    });
    return {
      uploadId: input.uploadId,
      fileName: upload.fileName,
      mapping: result.headers.map((header, i) => ({ header, column: result.mapping[i] ?? null })),
      ignoredColumns: result.ignoredColumns,
      rows: result.preview,
      totalRows: result.totalRows,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      rejectedRows: result.rejectedRows,
      problems: result.errors.slice(0, PREVIEW_PROBLEMS),
    };
  }

  /** Starts the import in the background and returns its run, whose progress the client polls. */
  async start(actor: Actor, input: PeopleImportInput): Promise<ImportRun> {
    const ctx = this.context(actor);
    const upload = this.upload(actor, input.uploadId);
    this.uploads.delete(input.uploadId);
    const options = { skipInvalid: !!input.skipInvalid, mapping: ImportService.mapping(input) };
    const runId = await openImportRun(this.dataSource, ctx, upload.fileName, options);
    void runRecordedImport(this.dataSource, ctx, this.crypto, runId, upload.path, upload.fileName, options)
      .catch((err: unknown) => this.logger.error(err, 'import failed'))
      .finally(() => void rm(upload.path, { force: true }));
    return this.get(actor, runId);
  }

  private runs(actor: Actor) {
    const qb = this.dataSource
      .createQueryBuilder(ImportRun, 'r')
      .leftJoinAndSelect('r.user', 'u')
      .where('r.organization_id = :org', { org: actor.organizationId });
    // Admins see every run of the organisation; programme leads their own.
    if (actor.role !== Role.ADMIN) qb.andWhere('r.user_id = :me', { me: actor.userId });
    return qb;
  }

  async get(actor: Actor, id: string): Promise<ImportRun> {
    this.context(actor);
    const run = await this.runs(actor).andWhere('r.id = :id', { id }).getOne();
    if (!run) throw notFound('import');
    return run;
  }

  list(actor: Actor, page: PageArgs, withCount: boolean): Promise<ConnectionShape<ImportRun>> {
    this.context(actor);
    return paginate(
      this.runs(actor),
      page,
      { expression: "date_trunc('milliseconds', r.started_at)", direction: 'DESC' },
      { withCount, sortValue: (r) => r.startedAt },
    );
  }
}
