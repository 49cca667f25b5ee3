import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ValueTransformer } from 'typeorm';
import { AppConfig } from '../config/app-config.js';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

/**
 * Encryption of sensitive fields at rest (conventions.md rule 8): AES-256-GCM with a random IV.
 * The sealed text names its key (`v1.<keyId>.<iv>.<tag>.<ciphertext>`), so keys can rotate: the
 * first configured key encrypts, every configured key decrypts.
 */
@Injectable()
export class FieldCipher {
  private readonly keys = new Map<string, Buffer>();
  private readonly activeKeyId: string;

  constructor(config: AppConfig) {
    const entries = config.ENCRYPTION_KEYS ?? [];
    if (entries.length === 0) throw new Error('ENCRYPTION_KEYS is not configured');
    for (const entry of entries) {
      const [id, key] = entry.split(':');
      this.keys.set(id, Buffer.from(key, 'base64'));
    }
    this.activeKeyId = entries[0].split(':')[0];
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.keys.get(this.activeKeyId)!, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, this.activeKeyId, iv, cipher.getAuthTag(), body]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  decrypt(sealed: string): string {
    const [version, keyId, iv, tag, body] = sealed.split('.');
    const key = this.keys.get(keyId);
    if (version !== VERSION || !key) throw new Error(`Cannot decrypt: unknown key ${keyId}`);
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }
}

/** The process's cipher, for the column transformer (TypeORM makes transformers without DI). */
let columnCipher: FieldCipher | undefined;

/** Makes `cipher` the one sealed columns use (the config module's provider does). */
export function sealColumnsWith(cipher: FieldCipher): FieldCipher {
  columnCipher = cipher;
  return cipher;
}

/** `v1.<keyId>.<iv: 12 bytes>.<tag: 16 bytes>.<ciphertext>`, base64url. */
const SEALED = /^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/;

function cipher(): FieldCipher {
  if (!columnCipher) throw new Error('FieldCipher is not created yet: no key to seal or open with');
  return columnCipher;
}

/** A text sealed with the process's key. */
export function sealText(plain: string): string {
  return cipher().encrypt(plain);
}

/** A stored text sealed, unless it already is (one stored before its column was sealed). */
export function sealIfClear(stored: string): string {
  return SEALED.test(stored) ? stored : sealText(stored);
}

/** The shape of a sealed text as a PostgreSQL pattern, to find the values still in clear. */
export const SEALED_PATTERN = SEALED.source;

/** A sealed text opened; a text stored before its column was sealed is read as it is. */
export function openText(stored: string): string {
  return SEALED.test(stored) ? cipher().decrypt(stored) : stored;
}

/** A text column encrypted at rest: sealed as TypeORM writes it, opened as it reads it. */
export const SEALED_TEXT: ValueTransformer = {
  to: (value: string | null | undefined) =>
    value === null || value === undefined ? value : sealText(value),
  from: (value: string | null) => (value === null ? value : openText(value)),
};
