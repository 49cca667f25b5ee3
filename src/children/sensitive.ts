import type { ReferenceItemDto } from '../reference/dto/reference-item.dto.js';
import type { Child, FlagEntry } from './entities/child.entity.js';

/**
 * The registry's sensitive personal data (Law 91/2025): the special circumstances and risk
 * factors a code list marks `sensitive` (disability, HIV, offending, drug use, violence, sexual
 * abuse and exploitation, trafficking, serious illness; a parent's imprisonment or drug use,
 * violence at home), the kind of disability and the notes. Shown only to the roles that need
 * them (permission children:sensitive), never in lists, exported only with a reason.
 */
export interface SensitiveCodes {
  specialCircumstances: ReadonlySet<string>;
  riskFactors: ReadonlySet<string>;
}

/** What stands where a value was withheld. */
export const WITHHELD = '[ẩn]';

/** The codes marked sensitive in the two lists. */
export function sensitiveCodes(lists: {
  specialCircumstances: Map<string, ReferenceItemDto>;
  riskFactors: Map<string, ReferenceItemDto>;
}): SensitiveCodes {
  const marked = (items: Map<string, ReferenceItemDto>) =>
    new Set([...items.values()].filter((i) => i.attributes?.sensitive === true).map((i) => i.code));
  return {
    specialCircumstances: marked(lists.specialCircumstances),
    riskFactors: marked(lists.riskFactors),
  };
}

export function isSensitive(entry: FlagEntry, codes: ReadonlySet<string>): boolean {
  return codes.has(entry.code) || (!!entry.subCode && codes.has(entry.subCode));
}

type SensitiveFields = Pick<Child, 'specialCircumstances' | 'riskFactors' | 'disability' | 'notes'>;

/**
 * A record (or its DTO) without its sensitive data: the sensitive entries left out, the
 * disability and notes emptied; `sensitiveWithheld` says whether anything was.
 */
export function withheld<T extends SensitiveFields>(
  record: T,
  codes: SensitiveCodes,
): T & { sensitiveWithheld: boolean } {
  const specialCircumstances = record.specialCircumstances.filter(
    (e) => !isSensitive(e, codes.specialCircumstances),
  );
  const riskFactors = record.riskFactors.filter((e) => !isSensitive(e, codes.riskFactors));
  return {
    ...record,
    specialCircumstances,
    riskFactors,
    disability: null,
    notes: null,
    sensitiveWithheld:
      specialCircumstances.length < record.specialCircumstances.length ||
      riskFactors.length < record.riskFactors.length ||
      record.disability !== null ||
      record.notes !== null,
  };
}

/** A history entry's changes without sensitive values: the texts marked, the entries left out. */
export function withheldChanges(
  changes: Record<string, { from: unknown; to: unknown }>,
  codes: SensitiveCodes,
): Record<string, { from: unknown; to: unknown }> {
  const lists = {
    specialCircumstances: codes.specialCircumstances,
    riskFactors: codes.riskFactors,
  } as const;
  const result: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, change] of Object.entries(changes)) {
    if (field === 'disability' || field === 'notes') {
      const mark = (value: unknown) => (value === null || value === undefined ? value : WITHHELD);
      result[field] = { from: mark(change.from), to: mark(change.to) };
    } else if (field in lists) {
      const set = lists[field as keyof typeof lists];
      const keep = (value: unknown) =>
        Array.isArray(value) ? (value as FlagEntry[]).filter((e) => !isSensitive(e, set)) : value;
      const from = keep(change.from);
      const to = keep(change.to);
      // A change of sensitive entries alone is not shown at all.
      if (JSON.stringify(from) !== JSON.stringify(to)) result[field] = { from, to };
    } else {
      result[field] = change;
    }
  }
  return result;
}
