import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { useAreaNames, useCodeName } from '../reference/hooks';
import { SEX_LABEL } from './labels';

type Child = Schemas['ChildDto'];
type Caregiver = Child['caregivers'][number];
interface Flag {
  code: string;
  subCode?: string | null;
  since?: string | null;
  until?: string | null;
}

/**
 * A value as text: the API's scalars (the coded fields and dates are strings) as themselves,
 * anything else as its JSON.
 */
const asText = (value: unknown): string =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  typeof value === 'bigint'
    ? String(value)
    : JSON.stringify(value);

/**
 * A record's field value in the user's words, as the record, its history and the duplicate
 * comparison show it: codes named, dates dd/mm/yyyy, lists as lists. `provinceCodes` are the
 * provinces whose communes may be named.
 */
export function useFieldValue(
  provinceCodes: string[],
): (field: string, value: unknown) => ReactNode {
  const { t, date } = useI18n();
  const ethnicity = useCodeName('ethnicities');
  const circumstance = useCodeName('special-circumstances');
  const risk = useCodeName('risk-factors');
  const relation = useCodeName('caregiver-relations');
  const school = useCodeName('school-statuses');
  const areaName = useAreaNames(provinceCodes);
  const none = t('common.none');
  const list = (items: string[]) =>
    items.length ? (
      <ul className="value-list">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    ) : (
      none
    );
  const withPeriod = (name: string, entry: Flag) => {
    const period = [
      entry.since && `${t('child.since')} ${date(entry.since)}`,
      entry.until && `${t('child.until')} ${date(entry.until)}`,
    ]
      .filter(Boolean)
      .join(', ');
    return period ? `${name} (${period})` : name;
  };

  return (field, value) => {
    if (value === null || value === undefined || value === '') return none;
    switch (field) {
      case 'dateOfBirth':
        return date(asText(value));
      case 'dobPrecision':
        return t(`dobPrecision.${asText(value)}` as MessageKey);
      case 'sex':
        return t(SEX_LABEL[asText(value)]);
      case 'ethnicityCode':
        return ethnicity(asText(value));
      case 'provinceCode':
      case 'communeCode':
        return areaName(asText(value));
      case 'schoolStatus':
        return school(asText(value));
      case 'caregivers':
        return list(
          (value as Caregiver[]).map((person) =>
            [`${relation(person.relation)}: ${person.fullName}`, person.personalId, person.phone]
              .filter(Boolean)
              .join(' · '),
          ),
        );
      case 'specialCircumstances':
        return list(
          (value as Flag[]).map((entry) =>
            withPeriod(`${entry.code}. ${circumstance(entry.subCode ?? entry.code)}`, entry),
          ),
        );
      case 'riskFactors':
        return list((value as Flag[]).map((entry) => withPeriod(risk(entry.code), entry)));
      // A merge's other record: a link to it, not its id.
      case 'mergedInto':
      case 'mergedRecord':
        return <Link to={`/children/${asText(value)}`}>{t('history.otherRecord')}</Link>;
      default:
        return asText(value);
    }
  };
}
