import { useQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';

type Reason = Schemas['DuplicateReasonDto'];
type Child = Schemas['ChildDto'];

/** Why the server takes two records for one child, in the user's words. */
const REASON_LABEL: Record<Schemas['DuplicateReasonCode'], MessageKey> = {
  same_name: 'reason.sameName',
  similar_name: 'reason.similarName',
  different_given_name: 'reason.differentGivenName',
  same_date_of_birth: 'reason.sameDateOfBirth',
  close_date_of_birth: 'reason.closeDateOfBirth',
  same_birth_year: 'reason.sameBirthYear',
  same_caregiver: 'reason.sameCaregiver',
  same_commune: 'reason.sameCommune',
  different_personal_ids: 'reason.differentPersonalIds',
  different_sex: 'reason.differentSex',
};

/** The screen comparing two records: the one entered first is A. */
export function pairPath(one: Child, other: Child): string {
  const [a, b] = one.createdAt <= other.createdAt ? [one, other] : [other, one];
  return `/children/duplicates/${a.id}/${b.id}`;
}

/** A score of 0 to 1 as the percentage people read. */
export function percent(score: number): number {
  return Math.round(score * 100);
}

/** The reasons of a score, those that lower it said so. */
export function Reasons({ reasons }: { reasons: Reason[] }) {
  const { t } = useI18n();
  return (
    <ul className="reasons">
      {reasons.map((reason) => (
        <li key={reason.code}>
          {t(REASON_LABEL[reason.code])}
          {reason.weight < 0 && ` (${t('duplicates.lowers')})`}
        </li>
      ))}
    </ul>
  );
}

/** The records that may be the same child as this one, with their score and reasons. */
export function useDuplicatesOf(id: string, enabled = true) {
  return useQuery({
    queryKey: ['children', 'duplicates', id],
    enabled,
    queryFn: () => call(api.GET('/api/v1/children/{id}/duplicates', { params: { path: { id } } })),
  });
}
