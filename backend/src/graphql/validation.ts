import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorReason } from '@rafiq/shared';
import { badInput } from '../common/errors';

const REASONS = new Set<string>(Object.values(ErrorReason));

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; reason: ErrorReason } {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const message = Object.values(e.constraints ?? {})[0];
    if (message) {
      if (e.constraints?.whitelistValidation) return { field, reason: ErrorReason.UNKNOWN_FIELD };
      if (e.constraints?.isDefined) return { field, reason: ErrorReason.REQUIRED };
      return { field, reason: REASONS.has(message) ? (message as ErrorReason) : ErrorReason.INVALID_VALUE };
    }
    if (e.children?.length) return firstProblem(e.children, field);
  }
  return { field: prefix || 'input', reason: ErrorReason.INVALID_VALUE };
}

/** Refuses unknown fields and invalid values with BAD_USER_INPUT naming the field and a reason key. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const { field, reason } = firstProblem(errors);
      return badInput(field, reason, `Invalid value for ${field} (${reason})`);
    },
  });
}
