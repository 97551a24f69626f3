import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FieldCrypto } from '../common/crypto';
import { AppConfig, ConfigError } from './config';

/**
 * RAFIQ_ENCRYPTION_KEY, or — outside production — a key kept in RAFIQ_DATA_DIR/encryption.key
 * (created on first start, readable by its owner only), so that `npm start` needs no setup.
 */
export function fieldCryptoFor(config: AppConfig): FieldCrypto {
  if (config.encryptionKey) return new FieldCrypto(config.encryptionKey);
  if (config.production) throw new ConfigError(['RAFIQ_ENCRYPTION_KEY: required in production (openssl rand -base64 32)']);
  const file = path.join(config.dataDir, 'encryption.key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return new FieldCrypto(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}
