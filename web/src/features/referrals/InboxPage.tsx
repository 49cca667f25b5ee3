import '../../i18n/vi-screens';
import { useQuery } from '@tanstack/react-query';
import { Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { useAuth } from '../../app/auth';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import { useCodeName } from '../reference/hooks';
import { STATUS_LABEL, STEP_LABEL, URGENCY_COLOR, URGENCY_LABEL } from './labels';
import { byInboxOrder, INBOX_REFRESH_MS, nextDue, type Referral } from './queue';

const PAGE = 100;

/**
 * The organisation's referrals: its inbox (emergencies first, then by the next step's due time,
 * the late ones marked), refreshed every 15 seconds so a new one appears without a reload and is
 * announced politely; and what it sent, for those who send.
 */
export default function InboxPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const mayReceive = can('referrals:receive');
  const maySend = can('referrals:send');
  const tab = params.get('tab') === 'sent' || !mayReceive ? 'sent' : 'inbox';
  return (
    <Space direction="vertical" size="middle" className="page">
      <Typography.Title level={1} className="page-title">
        {t('inbox.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'sent' ? { tab: 'sent' } : {}, { replace: true })}
        items={[
          mayReceive && { key: 'inbox', label: t('inbox.tab.inbox'), children: <Inbox /> },
          maySend && { key: 'sent', label: t('inbox.tab.sent'), children: <Sent /> },
        ].filter((item) => !!item)}
      />
    </Space>
  );
}

function Inbox() {
  const { t } = useI18n();
  const inbox = useQuery({
    queryKey: ['referrals', 'inbox'],
    queryFn: () => call(api.GET('/api/v1/referrals/inbox', { params: { query: { limit: PAGE } } })),
    refetchInterval: INBOX_REFRESH_MS,
    refetchIntervalInBackground: true,
  });
  const items = [...(inbox.data?.items ?? [])].sort(byInboxOrder);
  const announcement = useArrivals(inbox.data?.items);
  return (
    <>
      {/* Read out when a new referral arrives, without taking the user's focus. */}
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {inbox.error && <ErrorAlert error={inbox.error} />}
      <ReferralTable
        caption={t('inbox.tab.inbox')}
        rows={items}
        loading={inbox.isPending}
        empty={t('inbox.empty')}
        side="receiving"
      />
    </>
  );
}

/** What to announce when referrals arrive that the list did not have. */
function useArrivals(items: Referral[] | undefined): string {
  const { t } = useI18n();
  const seen = useRef<Set<string> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!items) return;
    const ids = new Set(items.map((item) => item.id));
    if (seen.current) {
      const arrived = items.filter((item) => !seen.current!.has(item.id));
      if (arrived.length) {
        const emergency = arrived.some((item) => item.urgency === 'emergency');
        setMessage(
          t(emergency ? 'inbox.arrivedEmergency' : 'inbox.arrived', { count: arrived.length }),
        );
      }
    }
    seen.current = ids;
  }, [items, t]);
  return message;
}

function Sent() {
  const { t } = useI18n();
  const outbox = useQuery({
    queryKey: ['referrals', 'outbox'],
    queryFn: () =>
      call(api.GET('/api/v1/referrals/outbox', { params: { query: { limit: PAGE } } })),
    refetchInterval: INBOX_REFRESH_MS,
  });
  return (
    <>
      {outbox.error && <ErrorAlert error={outbox.error} />}
      <ReferralTable
        caption={t('inbox.tab.sent')}
        rows={outbox.data?.items ?? []}
        loading={outbox.isPending}
        empty={t('inbox.sentEmpty')}
        side="sending"
      />
    </>
  );
}

function ReferralTable(props: {
  caption: string;
  rows: Referral[];
  loading: boolean;
  empty: string;
  side: 'receiving' | 'sending';
}) {
  const { t, dateTime } = useI18n();
  const service = useCodeName('service-types');
  const columns: Column<Referral>[] = [
    {
      key: 'urgency',
      title: t('inbox.col.urgency'),
      render: (r) => <Tag color={URGENCY_COLOR[r.urgency]}>{t(URGENCY_LABEL[r.urgency])}</Tag>,
    },
    {
      key: 'case',
      title: t('inbox.col.referral'),
      render: (r) => (
        <Link to={`/inbox/${r.id}`}>
          {t('inbox.open', { service: service(r.serviceType), code: r.caseCode })}
        </Link>
      ),
    },
    {
      key: 'party',
      title: props.side === 'receiving' ? t('inbox.col.from') : t('inbox.col.to'),
      render: (r) =>
        props.side === 'receiving' ? r.from.organization.name : r.to.organization.name,
      wide: true,
    },
    {
      key: 'status',
      title: t('inbox.col.status'),
      render: (r) => t(STATUS_LABEL[r.status]),
    },
    {
      key: 'due',
      title: t('inbox.col.due'),
      render: (r) => {
        const due = nextDue(r);
        if (!due) return t('common.none');
        return (
          <>
            {t(STEP_LABEL[due.step])}: {dateTime(due.at)}
            {r.overdue && (
              <>
                {' '}
                <Tag color="red">{t('inbox.overdue')}</Tag>
              </>
            )}
          </>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={props.caption}
      columns={columns}
      rows={props.rows}
      rowKey={(r) => r.id}
      empty={props.loading ? t('common.loading') : props.empty}
    />
  );
}
