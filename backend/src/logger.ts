import pino, { Logger } from 'pino';

/**
 * Structured JSON logs. Cookies, authorisation headers and passwords never reach them. On stdout
 * for the app; the CLI passes `toStderr` so that its own output (e.g. `import --json`) stays clean.
 */
export function createLogger(level: string, toStderr = false): Logger {
  return pino(
    {
      level,
      base: { app: 'rafiq' },
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'res.headers["set-cookie"]',
          '*.password',
          '*.passwordHash',
          '*.currentPassword',
          '*.newPassword',
          '*.token',
          '*.nationalId',
          '*.phone',
        ],
        censor: '[redacted]',
      },
    },
    toStderr ? pino.destination(2) : undefined,
  );
}
