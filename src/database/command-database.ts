import { type AppConfig, loadConfig } from '../config/app-config.js';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { ensureDatabase } from './postgres-url.js';

export const EMBEDDED_DATABASE = 'bvte';

/**
 * For command-line tools (migrations, audit verification): runs `work` against DATABASE_URL, or
 * against the embedded server, started for the command and stopped after it, when it is not set.
 */
export async function withCommandDatabase(
  work: (url: string, config: AppConfig) => Promise<void>,
): Promise<void> {
  const config = loadConfig();
  const embedded = config.DATABASE_URL
    ? undefined
    : new EmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, console.log);
  try {
    const url =
      config.DATABASE_URL ?? (await ensureDatabase(await embedded!.start(), EMBEDDED_DATABASE));
    await work(url, config);
  } finally {
    await embedded?.stop();
  }
}
