import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ErrorReason } from '@rafiq/shared';
import { badInput } from '../common/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Top-level arguments that carry record ids (`id`, `personId`, `ids`, `personIds`, …): every record id is a UUID. */
const ID_ARG = /^(id|ids|[a-z][A-Za-z]*Ids?)$/;

/** The first string (depth first) holding a NUL character, which PostgreSQL cannot store in text. */
function nulAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulAt(value[i], path);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulAt(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Runs before the validation pipe on every resolver argument: malformed ids and NUL characters are
 * bad input (BAD_USER_INPUT naming the field), not a database error answered as a 500. Found by
 * the fuzz suite (tests/integration/fuzz-mutations.test.ts).
 */
@Injectable()
export class InputSanityPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const name = metadata.data;
    if (typeof name !== 'string' || value === undefined || value === null) return value;
    const nul = nulAt(value, name);
    if (nul) throw badInput(nul, ErrorReason.INVALID_VALUE, `Invalid value for ${nul} (${ErrorReason.INVALID_VALUE})`);
    if (ID_ARG.test(name) && (metadata.metatype === String || metadata.metatype === Array || metadata.metatype === undefined)) {
      const ids = Array.isArray(value) ? value : [value];
      if (ids.some((id) => typeof id === 'string' && !UUID.test(id)))
        throw badInput(name, ErrorReason.INVALID_VALUE, `Invalid value for ${name} (${ErrorReason.INVALID_VALUE})`);
    }
    return value;
  }
}
