import { createDataSource } from '../database/data-source.js';
import { withCommandDatabase } from '../database/command-database.js';
import { AuditRepository } from './audit.repository.js';
import { verifyAuditLog } from './audit.service.js';

const SHOWN = 20;

/**
 * `npm run audit:verify`: re-computes the whole audit chain and exits 1 on any altered, removed
 * or re-chained entry, a head published earlier that the chain no longer holds, or an entry left
 * outside the chain longer than AUDIT_UNCHAINED_BOUND_S. It prints the head (last seq and hash):
 * recorded elsewhere from time to time, it also shows a later truncation of the tail.
 */
async function main(): Promise<void> {
  await withCommandDatabase(async (url, config) => {
    const dataSource = await createDataSource(url, 1).initialize();
    try {
      const verifier = await verifyAuditLog(new AuditRepository(dataSource), new Date(), config);
      const { seq, hash } = verifier.head;
      if (verifier.problems.length === 0) {
        console.log(`Audit log intact: ${verifier.count} entries; head seq ${seq}, hash ${hash}`);
        return;
      }
      console.error(
        `Audit log TAMPERED: ${verifier.problems.length} problem(s) in ${verifier.count} entries`,
      );
      for (const p of verifier.problems.slice(0, SHOWN)) {
        console.error(
          `  ${p.seq === null ? 'outside the chain' : `seq ${p.seq}`}: ${p.problem}: ${p.detail}`,
        );
      }
      process.exitCode = 1;
    } finally {
      await dataSource.destroy();
    }
  });
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
