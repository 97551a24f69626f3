import { randomBytes } from 'node:crypto';
import { FieldCrypto, maskNationalId, normalizeNationalId } from './crypto';

describe('FieldCrypto', () => {
  const crypto = new FieldCrypto(randomBytes(32));

  it('encrypts to a different text each time and decrypts back', () => {
    const a = crypto.encrypt('JB412877');
    const b = crypto.encrypt('JB412877');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JB412877');
    expect(crypto.decrypt(a)).toBe('JB412877');
  });

  it('refuses a tampered value', () => {
    const sealed = crypto.encrypt('JB412877');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('XX412877').toString('base64url');
    expect(() => crypto.decrypt(parts.join('.'))).toThrow();
  });

  it('hashes the same ID the same way with one key and differently with another', () => {
    expect(crypto.lookupHash('JB412877')).toBe(crypto.lookupHash('JB412877'));
    expect(new FieldCrypto(randomBytes(32)).lookupHash('JB412877')).not.toBe(crypto.lookupHash('JB412877'));
  });

  it('masks and normalises national IDs', () => {
    expect(normalizeNationalId(' jb-412 877 ')).toBe('JB412877');
    expect(maskNationalId('JB412877')).toBe('JB****77');
    expect(maskNationalId('AB1')).toBe('***');
  });
});
