import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@rafiq/shared';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

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
 * The one place errors become answers: known codes pass with their message and extensions;
 * anything else is logged and answered as a bare INTERNAL_SERVER_ERROR, with no stack and no SQL.
 */
export function formatError(log: Log) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    if (typeof code === 'string' && PASS_THROUGH.has(code) && (original instanceof GraphQLError || !(original instanceof Error))) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log({ err: original instanceof Error ? { message: original.message, name: original.name, stack: original.stack } : original }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
