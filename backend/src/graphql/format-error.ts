import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { QueryFailedError } from 'typeorm';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { requestContext } from '../common/request-context';

type Log = (obj: object, msg: string) => void;

const PASS_THROUGH = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.CONFLICT,
  ErrorCode.TOO_MANY_REQUESTS,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Bad values that reach a place where only the execution notices them: an explicit null for a
 * non-null argument that has a default (graphql-js refuses it while executing, without a code), and
 * a value PostgreSQL refuses as data (SQLSTATE class 22: out of range, malformed, untranslatable).
 * A plain message; never the SQL.
 */
function badValue(original: unknown): string | undefined {
  if (original instanceof GraphQLError && !original.extensions?.code && /^Argument "[A-Za-z_]+" of non-null type "[^"]+" must not be null\.$/.test(original.message))
    return original.message;
  if (original instanceof QueryFailedError && /^22/.test(String((original.driverError as { code?: string } | undefined)?.code ?? ''))) return 'Invalid value';
  return undefined;
}

/**
 * An explicit null for a field an update may leave out but not empty (a name, a region): the
 * statement fails on the column's NOT NULL (SQLSTATE 23502) and the transaction rolls back. Named
 * as the input field (camelCase of the column).
 */
function requiredColumn(original: unknown): string | undefined {
  if (!(original instanceof QueryFailedError)) return undefined;
  const driver = original.driverError as { code?: string; column?: string } | undefined;
  if (driver?.code !== '23502' || !driver.column) return undefined;
  return driver.column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The one place errors become answers: known codes pass with their message and extensions;
 * anything else is logged and answered as a bare INTERNAL_SERVER_ERROR, with no stack and no SQL.
 */
export function formatError(log: Log) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    const store = requestContext.getStore();
    const counted = (c: string) => {
      if (store) (store.graphqlErrors ??= []).push(c);
    };
    if (typeof code === 'string' && PASS_THROUGH.has(code) && (original instanceof GraphQLError || !(original instanceof Error))) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      counted(code);
      return { ...formatted, extensions };
    }
    const missing = requiredColumn(original);
    if (missing)
      return {
        message: `${missing} is required`,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: ErrorReason.REQUIRED, field: missing },
      };
    const refusal = badValue(original);
    if (refusal) return { message: refusal, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: ErrorReason.INVALID_VALUE } };
    counted(ErrorCode.INTERNAL_SERVER_ERROR);
    if (isDatabaseUnavailable(original)) {
      // Nothing of the request was committed (its transaction ended with the connection): safe to retry.
      log({ err: original instanceof Error ? { message: original.message, name: original.name } : original }, 'database unavailable');
      return {
        message: 'The service is briefly unavailable; nothing was saved. Try again in a moment.',
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, retryable: true },
      };
    }
    log({ err: original instanceof Error ? { message: original.message, name: original.name, stack: original.stack } : original }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/** The database went away (stopped, restarting, connection killed, pool timed out), as opposed to a bug. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string; message?: string }; message?: string } | undefined;
  const code = e?.driverError?.code ?? e?.code ?? '';
  if (/^(08|57P0)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code)) return true;
  const message = `${e?.driverError?.message ?? ''} ${e?.message ?? ''}`;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connect ECONNREFUSED|terminating connection/i.test(message);
}
