import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Application-level encryption of sensitive values (national ID numbers) with AES-256-GCM, and a
 * keyed hash (HMAC-SHA-256) for uniqueness and exact matching without decrypting. Both keys are
 * derived from RAFIQ_ENCRYPTION_KEY; the database alone reveals nothing.
 */
export class FieldCrypto {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('RAFIQ_ENCRYPTION_KEY must be 32 bytes (base64)');
    this.encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'rafiq field encryption v1', 32));
    this.macKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'rafiq field lookup hash v1', 32));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  decrypt(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unknown encrypted value format');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  lookupHash(value: string): string {
    return createHmac('sha256', this.macKey).update(value).digest('hex');
  }
}

/** National IDs are compared without spaces, dashes and case. */
export const normalizeNationalId = (value: string) => value.replace(/[\s-]/g, '').toUpperCase();

/** AB123412 → AB****12: the letters' first two characters and the last two stay visible. */
export function maskNationalId(value: string): string {
  const v = normalizeNationalId(value);
  if (v.length <= 4) return '*'.repeat(v.length);
  return `${v.slice(0, 2)}${'*'.repeat(v.length - 4)}${v.slice(-2)}`;
}
