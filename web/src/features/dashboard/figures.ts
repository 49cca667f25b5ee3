import { createContext, useContext } from 'react';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../i18n';

/**
 * Under which count the API hides the user's figures (the dashboard's `smallCountsBelow`), null
 * when they see exact ones; undefined until the dashboard has said.
 */
export const SmallCounts = createContext<number | null | undefined>(undefined);

/**
 * How a figure reads. The API leaves a small count out (null) for roles that see aggregates only
 * (no `reports:lists`), and a rate taken from it; anyone else's null is "no figure" (a rate of 0
 * children, say).
 */
export function useFigures() {
  const { t, language } = useI18n();
  const { can } = useAuth();
  const below = useContext(SmallCounts);
  const aggregateOnly = !can('reports:lists');
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(language);
  const hiddenCount = below ? t('dashboard.suppressed', { below }) : t('dashboard.hidden');
  return {
    aggregateOnly,
    /** A count, "< 5" when it was hidden. */
    count: (value: number | null | undefined) =>
      value === null || value === undefined
        ? aggregateOnly
          ? hiddenCount
          : t('common.none')
        : whole.format(value),
    /** A rate (0..1); `hidden` when the count it was taken from was hidden. */
    rate: (value: number | null | undefined, hidden = false) =>
      value === null || value === undefined
        ? hidden && aggregateOnly
          ? t('dashboard.hidden')
          : t('common.none')
        : percent.format(value),
    percent: (value: number) => percent.format(value),
  };
}

export type Figures = ReturnType<typeof useFigures>;
