import { MoreThan } from 'typeorm';
import { createDataSource } from '../database/data-source.js';
import { withCommandDatabase } from '../database/command-database.js';
import { verifyChain } from './audit-chain.js';
import { AuditEvent } from './entities/audit-event.entity.js';

const SHOWN = 20;

/**
 * `npm run audit:verify`: re-computes the whole audit chain and exits 1 on any altered, removed
 * or re-chained entry. It prints the head (last seq and hash): recorded elsewhere from time to
 * time, it also shows a later truncation of the tail.
 */
async function main(): Promise<void> {
  await withCommandDatabase(async (url) => {
    const dataSource = await createDataSource(url, 1).initialize();
    try {
      const verifier = await verifyChain((after, take) =>
        dataSource.getRepository(AuditEvent).find({
          where: { seq: MoreThan(after) },
          order: { seq: 'ASC' },
          take,
        }),
      );
      const { seq, hash } = verifier.head;
      if (verifier.problems.length === 0) {
        console.log(`Audit log intact: ${verifier.count} entries; head seq ${seq}, hash ${hash}`);
        return;
      }
      console.error(
        `Audit log TAMPERED: ${verifier.problems.length} problem(s) in ${verifier.count} entries`,
      );
      for (const p of verifier.problems.slice(0, SHOWN)) {
        console.error(`  seq ${p.seq}: ${p.problem}: ${p.detail}`);
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
