import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Seals secrets Kairos must read back (webhook signing secrets) before they are stored. */
export interface SecretBox {
  /** What to store: sealed with the key, or the secret as it is without one. */
  seal(secret: string): string;
  /** The secret from what was stored (sealed or not). */
  open(stored: string): string;
}

const PREFIX = 'enc:v1:';

/**
 * AES-256-GCM with `KAIROS_ENCRYPTION_KEY`: stored as `enc:v1:<iv>:<tag>:<ciphertext>`
 * (base64url). Without a key, secrets are stored as given; either way both forms are read, so
 * a key can be added to an instance with secrets already stored.
 */
export function createSecretBox(key: Buffer | null): SecretBox {
  return {
    seal(secret) {
      if (!key) return secret;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return (
        PREFIX + [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join(':')
      );
    },
    open(stored) {
      if (!stored.startsWith(PREFIX)) return stored;
      if (!key) throw new Error('A sealed secret needs KAIROS_ENCRYPTION_KEY to be read');
      const [iv, tag, sealed] = stored
        .slice(PREFIX.length)
        .split(':')
        .map((part) => Buffer.from(part, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', key, iv!);
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(sealed!), decipher.final()]).toString('utf8');
    },
  };
}

/** `KAIROS_ENCRYPTION_KEY`: 32 bytes as 64 hex digits or base64; unset means none. */
export function parseEncryptionKey(text: string | undefined): Buffer | null {
  if (!text) return null;
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) {
    throw new Error(
      'KAIROS_ENCRYPTION_KEY must be 32 bytes as 64 hex digits or base64 (openssl rand -base64 32)',
    );
  }
  return key;
}
