import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ANONYMISED } from '../children/child-retention.js';
import { FieldCipher } from '../common/field-cipher.js';
import type { Resolution } from './referral-reads.service.js';

/**
 * The referrals' side of the retention policy `closed_case` (privacy module): a case anonymised,
 * its referrals lose what they carried about the child.
 */
@Injectable()
export class ReferralRetention {
  constructor(private readonly cipher: FieldCipher) {}

  /**
   * In the caller's transaction: each referral of the cases keeps its organisations, service,
   * urgency, dates, status and the services delivered (codes); its reason, what it shared, and
   * the free text of its resolution (why it was declined or cancelled, the outcome) go.
   */
  async anonymise(manager: EntityManager, caseIds: string[]): Promise<void> {
    if (caseIds.length === 0) return;
    const referrals: { id: string; resolution: string | null }[] = await manager.query(
      'SELECT id, resolution FROM referrals WHERE case_id = ANY($1)',
      [caseIds],
    );
    const mark = this.cipher.encrypt(ANONYMISED);
    for (const referral of referrals) {
      await manager.query(
        'UPDATE referrals SET reason = $2, shared = NULL, resolution = $3 WHERE id = $1',
        [referral.id, mark, referral.resolution && this.redacted(referral.resolution)],
      );
    }
  }

  private redacted(sealed: string): string {
    const { reason, outcome, servicesDelivered } = JSON.parse(
      this.cipher.decrypt(sealed),
    ) as Resolution;
    const kept: Resolution = {
      ...(reason !== undefined && { reason: ANONYMISED }),
      ...(outcome !== undefined && { outcome: ANONYMISED }),
      ...(servicesDelivered && { servicesDelivered }),
    };
    return this.cipher.encrypt(JSON.stringify(kept));
  }
}
