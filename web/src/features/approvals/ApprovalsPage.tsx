import '../../i18n/vi-screens';
import { Alert, Space, Tag, Typography } from 'antd';
import { Link, type Location, useLocation } from 'react-router';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { type ApprovalItem, type ApprovalKind, useApprovalQueue } from './queue';
import { TimeLeft } from './TimeLeft';

export const KIND_LABEL: Record<ApprovalKind, MessageKey> = {
  plan: 'approvals.kind.plan',
  isolation: 'approvals.kind.isolation',
  closure: 'approvals.kind.closure',
  transfer: 'approvals.kind.transfer',
};

/** The commune chair's queue: what waits for a decision, the most urgent first. */
export default function ApprovalsPage() {
  const { t, dateTime } = useI18n();
  const queue = useApprovalQueue();
  // The decision just taken, said once back on the queue.
  const decided = (useLocation() as Location<{ decided?: MessageKey } | null>).state?.decided;
  const items = queue.data ?? [];
  const columns: Column<ApprovalItem>[] = [
    {
      key: 'kind',
      title: t('approvals.col.kind'),
      render: (item) => (
        <Tag color={item.kind === 'isolation' ? 'red' : undefined}>{t(KIND_LABEL[item.kind])}</Tag>
      ),
    },
    {
      key: 'case',
      title: t('approvals.col.case'),
      render: (item) => (
        <Link to={`/approvals/${item.kind}/${item.caseId}`}>
          {t('approvals.open', { code: item.caseCode })}
        </Link>
      ),
    },
    {
      key: 'left',
      title: t('approvals.col.timeLeft'),
      render: (item) => <TimeLeft item={item} />,
    },
    {
      key: 'since',
      title: t('approvals.col.since'),
      render: (item) => dateTime(item.since),
      wide: true,
    },
  ];
  return (
    <Space direction="vertical" size="middle" className="page">
      <Typography.Title level={1} className="page-title">
        {t('approvals.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('approvals.intro')}</Typography.Paragraph>
      {decided && <Alert type="success" showIcon role="status" title={t(decided)} />}
      {queue.error && <ErrorAlert error={queue.error} />}
      <DataTable
        caption={t('approvals.title')}
        columns={columns}
        rows={items}
        rowKey={(item) => `${item.kind}:${item.caseId}`}
        empty={queue.isPending ? t('common.loading') : t('approvals.empty')}
        busy={queue.isFetching && !queue.isPending}
      />
    </Space>
  );
}
