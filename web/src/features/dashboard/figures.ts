import { useAuth } from '../../app/auth';
import { useI18n } from '../../i18n';

/**
 * How a figure reads. The API leaves a small count out (null) for roles that see aggregates only
 * (no `reports:lists`), and a rate taken from it; anyone else's null is "no figure" (a rate of 0
 * children, say).
 */
export function useFigures() {
  const { t, language } = useI18n();
  const { can } = useAuth();
  const aggregateOnly = !can('reports:lists');
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(language);
  return {
    aggregateOnly,
    /** A count, "< 5" when it was hidden. */
    count: (value: number | null | undefined) =>
      value === null || value === undefined
        ? aggregateOnly
          ? t('dashboard.suppressed')
          : t('common.none')
        : whole.format(value),
    /** A rate (0..1); `base` is the count it was taken from, to tell hidden from undefined. */
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
