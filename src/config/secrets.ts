import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type AppConfig, ConfigError } from './app-config.js';

interface GeneratedSecrets {
  jwtSecret: string;
  encryptionKeys: string[];
}

/**
 * The signing secret and encryption keys. An operator sets them (DATABASE_URL deployments); the
 * embedded default generates them once and keeps them in `secrets.json` beside its data folder,
 * so tokens and encrypted fields survive a restart and nobody has to configure anything.
 */
export function withSecrets(config: AppConfig, embedded: boolean): AppConfig {
  if (config.JWT_SECRET && config.ENCRYPTION_KEYS?.length) return config;
  if (!embedded) {
    throw new ConfigError(
      'Invalid configuration: JWT_SECRET and ENCRYPTION_KEYS are required with DATABASE_URL ' +
        '(see README, Configuration)',
    );
  }
  const file = join(dirname(config.EMBEDDED_PG_DIR), 'secrets.json');
  let secrets: GeneratedSecrets;
  if (existsSync(file)) {
    secrets = JSON.parse(readFileSync(file, 'utf8')) as GeneratedSecrets;
  } else {
    secrets = {
      jwtSecret: randomBytes(48).toString('base64url'),
      encryptionKeys: [`k1:${randomBytes(32).toString('base64')}`],
    };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  config.JWT_SECRET ??= secrets.jwtSecret;
  if (!config.ENCRYPTION_KEYS?.length) config.ENCRYPTION_KEYS = secrets.encryptionKeys;
  return config;
}
