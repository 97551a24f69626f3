import { randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import { requestContext } from './common/request-context';
import { AppConfig } from './config/config';
import { SessionStore } from './modules/auth/session-store';
import { sessionMiddleware } from './modules/auth/session.middleware';
import { Lifecycle } from './observability/lifecycle';
import { Metrics } from './observability/metrics';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const API_PATHS = /^\/(graphql|health|calendar|api|metrics)(\/|$)/;

/** Every request gets an id (the caller's X-Request-Id when sane) and its own SQL statement counter. */
export function requestScope(req: Request, res: Response, next: NextFunction): void {
  const given = req.get('x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  res.setHeader('x-request-id', id);
  requestContext.run({ requestId: id, sqlStatements: 0, idempotencyKey: req.get('idempotency-key') ?? undefined }, next);
}

export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Permissions-Policy', 'camera=(), geolocation=(self), microphone=(self)');
  next();
}

const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|map|txt|html)$/;

/**
 * Built assets gzipped once (they are immutable: hashed names), kept in memory, sent to clients that
 * accept gzip. On slow mobile networks this divides the bytes before the first screen by ~3.5.
 */
export function gzippedAssets(webDir: string): express.Handler {
  const cache = new Map<string, Promise<Buffer | undefined>>();
  const root = path.resolve(webDir);
  return (req, res, next) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !COMPRESSIBLE.test(req.path) ||
      !/\bgzip\b/.test(req.get('accept-encoding') ?? '')
    )
      return next();
    const file = path.resolve(root, `.${decodeURIComponent(req.path)}`);
    if (!file.startsWith(`${root}${path.sep}`)) return next();
    let body = cache.get(file);
    if (!body) {
      body = readFile(file).then(
        (raw) => gzipAsync(raw, { level: 9 }),
        () => undefined,
      );
      cache.set(file, body);
    }
    void body.then((gz) => {
      if (!gz) {
        cache.delete(file);
        return next();
      }
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.type(path.extname(file));
      res.setHeader('Content-Length', String(gz.length));
      res.end(req.method === 'HEAD' ? undefined : gz);
    }, next);
  };
}

/** The built web app, with index.html for every other GET so client-side routes work on reload. */
export function webApp(config: AppConfig): express.Handler[] {
  const index = path.join(config.webDir, 'index.html');
  const gzipped = gzippedAssets(config.webDir);
  const assets = express.static(config.webDir, { index: false, maxAge: '1y', immutable: true });
  const fallback = (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build`, then restart.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  // The service worker and the web app manifest keep fixed names: never cached by HTTP, so a new build is seen at once.
  const fixedNames = new Set(['/sw.js', '/manifest.webmanifest']);
  const fixed = (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !fixedNames.has(req.path)) return next();
    const file = path.join(config.webDir, req.path.slice(1));
    if (!existsSync(file)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (req.path === '/sw.js') res.setHeader('Service-Worker-Allowed', '/');
    res.type(req.path === '/sw.js' ? 'text/javascript' : 'application/manifest+json');
    res.sendFile(path.resolve(file));
  };
  return [
    fixed,
    (req, res, next) => {
      if (req.path.startsWith('/assets/')) gzipped(req, res, () => void assets(req, res, next));
      else next();
    },
    fallback,
  ];
}

/** GET /metrics in Prometheus text format, when RAFIQ_METRICS is on (and the bearer token matches, when one is set). */
export function metricsEndpoint(config: AppConfig, metrics: Metrics): express.Handler {
  const expected = config.metrics.token ? Buffer.from(`Bearer ${config.metrics.token}`) : undefined;
  return (req, res, next) => {
    if (req.path !== '/metrics' || !config.metrics.enabled) return next();
    if (req.method !== 'GET') return next();
    if (expected) {
      const given = Buffer.from(req.get('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).setHeader('WWW-Authenticate', 'Bearer').type('text/plain').send('Unauthorized');
        return;
      }
    }
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render());
  };
}

export function httpMiddleware(config: AppConfig, sessions: SessionStore, metrics?: Metrics, lifecycle?: Lifecycle): express.Handler[] {
  return [
    ...(lifecycle ? [lifecycle.middleware()] : []),
    requestScope,
    ...(metrics ? [metrics.middleware(), metricsEndpoint(config, metrics)] : []),
    securityHeaders,
    cookieParser(),
    sessionMiddleware(sessions) as express.Handler,
    ...webApp(config),
  ];
}
