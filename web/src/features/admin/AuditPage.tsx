import '../../i18n/vi-screens';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import { useAreaNames } from '../reference/hooks';
import { AdminHead } from './common';

type Entry = Schemas['AuditEventDto'];
interface Filters {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: string;
  to?: string;
}
interface FilterValues {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: Dayjs | null;
  to?: Dayjs | null;
}

/** The audit log of the officer's province, filtered, and the whole chain's verification. */
export default function AuditPage() {
  const { t, dateTime } = useI18n();
  const [filters, setFilters] = useState<Filters>({});
  const entries = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      call(
        api.GET('/api/v1/audit', {
          signal,
          params: { query: { ...filters, limit: 50, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const verification = useMutation({
    mutationFn: () => call(api.GET('/api/v1/audit/verification')),
  });
  const rows = entries.data?.pages.flatMap((page) => page.items) ?? [];
  const areaName = useAreaNames(rows.flatMap((e) => (e.provinceCode ? [e.provinceCode] : [])));
  const columns: Column<Entry>[] = [
    {
      key: 'id',
      title: t('admin.audit.col.seq'),
      align: 'right',
      wide: true,
      render: (e) => e.id,
    },
    { key: 'at', title: t('admin.audit.col.at'), render: (e) => dateTime(e.at) },
    {
      key: 'actor',
      title: t('admin.audit.col.actor'),
      render: (e) => e.actor.name ?? t(`admin.audit.actor.${e.actor.type as 'system'}`),
    },
    { key: 'action', title: t('admin.audit.col.action'), render: (e) => <code>{e.action}</code> },
    {
      key: 'entity',
      title: t('admin.audit.col.entity'),
      wide: true,
      render: (e) => (e.entity ? `${e.entity.type} ${e.entity.id ?? ''}` : t('common.none')),
    },
    {
      key: 'area',
      title: t('admin.audit.col.area'),
      wide: true,
      render: (e) => {
        const code = e.communeCode ?? e.provinceCode;
        return code ? areaName(code) : t('common.none');
      },
    },
    {
      key: 'ip',
      title: t('admin.audit.col.ip'),
      wide: true,
      render: (e) => e.ip ?? t('common.none'),
    },
  ];
  const result = verification.data;
  return (
    <Space direction="vertical" size="middle" className="page">
      <AdminHead title={t('admin.audit.title')} intro={t('admin.audit.intro')} />
      <Panel title={t('admin.audit.chain')}>
        <p>{t('admin.audit.chainHelp')}</p>
        <Button onClick={() => verification.mutate()} loading={verification.isPending}>
          {t('admin.audit.verify')}
        </Button>
        <div aria-live="polite" className="verification">
          {verification.error && <ErrorAlert error={verification.error} />}
          {result && (
            <Alert
              type={result.intact ? 'success' : 'error'}
              showIcon
              title={
                result.intact
                  ? t('admin.audit.intact', { count: result.entries })
                  : t('admin.audit.tampered', {
                      problems: result.problemCount,
                      count: result.entries,
                    })
              }
              description={
                <>
                  <p>
                    {t('admin.audit.head', {
                      seq: result.head.seq,
                      at: dateTime(result.verifiedAt),
                    })}
                  </p>
                  <p className="hash">{result.head.hash}</p>
                  {result.problems.length > 0 && (
                    <ul>
                      {result.problems.map((problem, i) => (
                        <li key={i}>
                          {t(`admin.audit.problem.${problem.problem}`, { seq: problem.seq ?? '' })}
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              }
            />
          )}
        </div>
      </Panel>
      <Form<FilterValues>
        layout="vertical"
        className="panel audit-filters"
        onFinish={(values) =>
          setFilters({
            entityType: values.entityType || undefined,
            entityId: values.entityId || undefined,
            actorId: values.actorId || undefined,
            from: values.from?.format('YYYY-MM-DD'),
            to: values.to?.add(1, 'day').format('YYYY-MM-DD'),
          })
        }
      >
        <Form.Item
          name="entityType"
          label={t('admin.audit.entityType')}
          extra={t('admin.audit.entityTypeHelp')}
        >
          <Input />
        </Form.Item>
        <Form.Item name="entityId" label={t('admin.audit.entityId')}>
          <Input />
        </Form.Item>
        <Form.Item name="actorId" label={t('admin.audit.actorId')}>
          <Input />
        </Form.Item>
        <Form.Item name="from" label={t('admin.audit.from')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="to" label={t('admin.audit.to')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item className="filters-clear">
          <Button type="primary" htmlType="submit">
            {t('admin.audit.filter')}
          </Button>
        </Form.Item>
      </Form>
      {entries.error && <ErrorAlert error={entries.error} />}
      <DataTable<Entry>
        caption={t('admin.audit.title')}
        columns={columns}
        rows={rows}
        rowKey={(e) => e.id}
        busy={entries.isFetching}
        empty={entries.isPending ? t('common.loading') : t('admin.audit.empty')}
      />
      {entries.hasNextPage && (
        <Button onClick={() => void entries.fetchNextPage()} loading={entries.isFetchingNextPage}>
          {t('admin.more')}
        </Button>
      )}
    </Space>
  );
}
