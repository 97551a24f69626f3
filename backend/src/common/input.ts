import { Transform } from 'class-transformer';

/** Trims a string input (other values pass through for the validators to judge). */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims a string input and upper-cases it (codes such as `SN-DK`). */
export const TrimUpper = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

/** Trims an optional text input; an empty string becomes null (cleared). */
export const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });
