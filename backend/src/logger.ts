import pino, { Logger } from 'pino';

/** Structured JSON logs. Cookies, authorisation headers and passwords never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'rafiq' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.passwordHash', '*.currentPassword', '*.newPassword', '*.token', '*.nationalId', '*.phone'],
      censor: '[redacted]',
    },
  });
}
