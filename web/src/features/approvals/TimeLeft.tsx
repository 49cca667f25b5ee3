import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import type { ApprovalItem } from './queue';

const HOUR = 3_600_000;

/** The time now, moved on every minute: the hours left count down on the screen. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * How long is left to decide, in the unit the law counts in: working days for a plan (Decree
 * 56/2017 art. 28), hours for an isolation (12 hours from the report's receipt); late in red.
 */
export function TimeLeft({
  item,
}: {
  item: Pick<ApprovalItem, 'kind' | 'dueAt' | 'workingDaysLeft'>;
}) {
  const { t, dateTime } = useI18n();
  const now = useNow();
  if (!item.dueAt)
    return <Typography.Text type="secondary">{t('approvals.untimed')}</Typography.Text>;
  const due = t('approvals.dueAt', { at: dateTime(item.dueAt) });
  if (item.kind === 'plan' && item.workingDaysLeft !== null) {
    const days = item.workingDaysLeft;
    return (
      <Typography.Text type={days < 0 ? 'danger' : undefined} strong={days <= 1}>
        {days < 0
          ? t('approvals.daysLate', { days: -days })
          : days === 0
            ? t('approvals.lastDay')
            : t('approvals.daysLeft', { days })}
        <br />
        <Typography.Text type="secondary">{due}</Typography.Text>
      </Typography.Text>
    );
  }
  const ms = Date.parse(item.dueAt) - now;
  const hours = Math.floor(Math.abs(ms) / HOUR);
  const minutes = Math.floor((Math.abs(ms) % HOUR) / 60_000);
  return (
    <Typography.Text type={ms < 0 ? 'danger' : undefined} strong>
      {ms < 0
        ? t('approvals.hoursLate', { hours, minutes })
        : t('approvals.hoursLeft', { hours, minutes })}
      <br />
      <Typography.Text type="secondary">{due}</Typography.Text>
    </Typography.Text>
  );
}
