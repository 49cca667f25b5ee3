import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { countdown } from './labels';

/** The clock, read again every minute: countdowns move while the screen stays open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** A deadline's time left, or how late it is: marked by an icon and words, not colour alone. */
export function Countdown({ dueAt, now }: { dueAt: string; now: number }) {
  const { t, dateTime } = useI18n();
  const late = new Date(dueAt).getTime() < now;
  return (
    <Tag
      className={late ? 'tag-overdue' : 'tag-due'}
      icon={late ? <WarningOutlined aria-hidden /> : <ClockCircleOutlined aria-hidden />}
      title={dateTime(dueAt)}
    >
      {countdown(dueAt, now, t)}
    </Tag>
  );
}

/** A child in immediate danger, as reported or as assessed: an icon and words. */
export function DangerTag() {
  const { t } = useI18n();
  return (
    <Tag className="tag-overdue" icon={<WarningOutlined aria-hidden />}>
      {t('cases.immediateDanger')}
    </Tag>
  );
}

/** The overdue mark of a case: an icon and a word. */
export function OverdueTag() {
  const { t } = useI18n();
  return (
    <Tag className="tag-overdue" icon={<WarningOutlined aria-hidden />}>
      {t('cases.overdue')}
    </Tag>
  );
}

/** A case's children's records, as they load (cached with the children's screens). */
export function useCaseChildren(ids: string[]) {
  const children = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['children', 'record', id],
      queryFn: () => call(api.GET('/api/v1/children/{id}', { params: { path: { id } } })),
      staleTime: 60_000,
    })),
  });
  return children.flatMap((child) => (child.data ? [child.data] : []));
}

/** The children of a case, each a link to its record. */
export function ChildLinks({ children }: { children: { id: string; fullName: string }[] }) {
  return (
    <span className="child-links">
      {children.map((child) => (
        <Link key={child.id} to={`/children/${child.id}`}>
          {child.fullName}
        </Link>
      ))}
    </span>
  );
}

export function useCase(id: string) {
  return useQuery({
    queryKey: ['cases', 'record', id],
    queryFn: () => call(api.GET('/api/v1/cases/{id}', { params: { path: { id } } })),
  });
}
