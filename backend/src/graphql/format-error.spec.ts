import { QueryFailedError } from 'typeorm';
import { GraphQLError } from 'graphql';
import { formatError } from './format-error';

function dbError(driverError: Record<string, unknown>): QueryFailedError {
  return new QueryFailedError(
    'UPDATE "cohort" SET "name" = $1',
    [null],
    Object.assign(new Error('null value in column "name"'), driverError),
  );
}

describe('formatError', () => {
  const logged: string[] = [];
  const format = formatError((_obj, msg) => logged.push(msg));
  const formatted = { message: 'x', path: ['updateCohort'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };

  it('answers a NOT NULL violation as BAD_USER_INPUT naming the input field, without SQL', () => {
    const out = format(
      formatted,
      new GraphQLError('x', { path: ['updateCohort'], originalError: dbError({ code: '23502', column: 'starts_on' }) }),
    );
    expect(out).toEqual({
      message: 'startsOn is required',
      path: ['updateCohort'],
      extensions: { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'startsOn' },
    });
    expect(logged).toEqual([]);
  });

  it('keeps any other database failure an internal error, logged, with no SQL in the answer', () => {
    const out = format(formatted, new GraphQLError('x', { path: ['updateCohort'], originalError: dbError({ code: '42P01' }) }));
    expect(out).toEqual({ message: 'Internal server error', path: ['updateCohort'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual(['unexpected error']);
  });
});
