import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ErrorCode } from '@rafiq/shared';
import type { Request, Response } from 'express';
import { Actor, RequestAuth } from './actor';

/**
 * Files people attach to a record (a complaint's attachments, a diagnostic answer's evidence): the
 * one place for their limits, how they are received and how they are sent back. Each controller
 * checks its own access rule between `uploadPreflight` and `storeUpload`.
 */
export const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type UploadRequest = Request & { auth?: RequestAuth };

export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * The route's `:id`, read from the request rather than with `@Param('id')`: the global input pipe
 * refuses a malformed id with an error that a plain HTTP route would answer as a 500, whereas here a
 * malformed id is one that does not exist (404).
 */
export const routeId = (req: Request): string => String(req.params.id ?? '');

/** Answers a refused upload; the rest of the body is read and dropped. */
export function refuseUpload(req: Request, res: Response, status: number, code: string, reason?: string): void {
  req.resume();
  res.status(status).json({ error: { code, reason } });
}

/**
 * Checks what can be checked before reading the body: a signed-in caller (401), an id that can
 * exist (404), an accepted `Content-Type` (415) and a declared size within the limit (413).
 * Answers the refusal and gives null, or gives the caller and the type.
 */
export function uploadPreflight(req: UploadRequest, res: Response, id: string): { actor: Actor; type: string } | null {
  const refuse = (status: number, code: string, reason: string): null => {
    refuseUpload(req, res, status, code, reason);
    return null;
  };
  const actor = req.auth?.actor;
  if (!actor) return refuse(401, ErrorCode.UNAUTHENTICATED, 'SIGN_IN_REQUIRED');
  if (!isUuid(id)) return refuse(404, ErrorCode.NOT_FOUND, 'NOT_FOUND');
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (!UPLOAD_TYPES.includes(type)) return refuse(415, ErrorCode.BAD_USER_INPUT, 'INVALID_VALUE');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_UPLOAD_BYTES) return refuse(413, ErrorCode.BAD_USER_INPUT, 'TOO_LONG');
  return { actor, type };
}

/**
 * Streams the body into `dir` (created if needed, files readable by the server only) under a new
 * random key. Over the limit (413) or empty (400), nothing is kept: answers the refusal and gives null.
 */
export async function storeUpload(req: Request, res: Response, dir: string): Promise<{ key: string; size: number } | null> {
  await mkdir(dir, { recursive: true });
  const key = randomUUID();
  const file = path.join(dir, key);
  let size = 0;
  try {
    await pipeline(
      req,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > MAX_UPLOAD_BYTES) throw new Error('too large');
          yield chunk;
        }
      },
      createWriteStream(file, { mode: 0o600 }),
    );
  } catch {
    await rm(file, { force: true });
    refuseUpload(req, res, 413, ErrorCode.BAD_USER_INPUT, 'TOO_LONG');
    return null;
  }
  if (size === 0) {
    await rm(file, { force: true });
    refuseUpload(req, res, 400, ErrorCode.BAD_USER_INPUT, 'REQUIRED');
    return null;
  }
  return { key, size };
}

/** The name a file is listed under: its base name as sent (at most 200 characters), else `fallback`. */
export function uploadFileName(fileName: string | undefined, fallback: string): string {
  return path.basename(fileName || fallback).slice(0, 200);
}

/** The refusal of a download: 401 without a session, else 404 (also for other organisations' files). */
export function refuseDownload(res: Response, signedIn: boolean): void {
  if (signedIn) res.status(404).json({ error: { code: ErrorCode.NOT_FOUND } });
  else res.status(401).json({ error: { code: ErrorCode.UNAUTHENTICATED } });
}

/** Sends a stored file as a download under its own name (never rendered inline, sniffed or cached). */
export async function sendStoredFile(
  res: Response,
  dir: string,
  file: { storageKey: string; contentType: string; fileName: string },
): Promise<void> {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  await pipeline(createReadStream(path.join(dir, file.storageKey)), res);
}
