import type { DataSource } from 'typeorm';

/**
 * Runs `work` while holding a session-level advisory lock on a connection of its own, so that
 * concurrent starts of the service do it once (the first administrator, the demo dataset). The
 * work goes through services, each in its own transaction: it must not run inside a transaction
 * held here, whose connection those services' queries would not use (see GuardedDataSource).
 */
export async function whileLocked<T>(
  dataSource: DataSource,
  key: number,
  work: () => Promise<T>,
): Promise<T> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      // The session's end releases the lock too: a failed unlock must not hide work's error.
      await lock.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    }
  } finally {
    await lock.release();
  }
}
