import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A phone number in E.164 (+212661234501), from any usual writing: 06…, +2126…, 002126…, with
 * spaces, dots or dashes. Numbers without a country code are read as Moroccan. Undefined when it
 * is not a valid number.
 */
export function normalizePhone(input: string): string | undefined {
  const cleaned = input.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(cleaned, 'MA');
  return parsed && parsed.isValid() ? parsed.number : undefined;
}
