import '../../i18n/vi-screens';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Col, Form, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useAuth } from '../../app/auth';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import { useAreaNames, useCommunesInScope } from '../reference/hooks';
import { ChildLinks, Countdown, DangerTag, OverdueTag, useNow } from './common';
import {
  CASE_STATUSES,
  type CaseListItem,
  type CaseStatus,
  deadlineLabel,
  LEVELS,
  levelLabel,
  nextDeadline,
  statusLabel,
} from './labels';

interface CaseFilters {
  status?: CaseStatus;
  level?: (typeof LEVELS)[number];
  communeCode?: string;
  assignedTo?: 'me';
  overdue?: boolean;
}

const PAGE = 50;
const FILTERS_KEY = ['memory', 'case-filters'] as const;

/** The cases of the user's communes, newest first, each with the deadline it answers next. */
export default function CasesPage() {
  const { t } = useI18n();
  const { can, state } = useAuth();
  const navigate = useNavigate();
  const now = useNow();
  const queryClient = useQueryClient();
  const [filters, setFiltersState] = useState<CaseFilters>(
    () => queryClient.getQueryData<CaseFilters>(FILTERS_KEY) ?? {},
  );
  const setFilters = (next: CaseFilters) => {
    queryClient.setQueryData(FILTERS_KEY, next);
    setFiltersState(next);
  };
  const communes = useCommunesInScope();
  const myId = state.status === 'signed-in' ? state.me.id : '';

  const list = useInfiniteQuery({
    queryKey: ['cases', 'list', filters],
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam, signal }) =>
      call(
        api.GET('/api/v1/cases', {
          signal,
          params: { query: { ...filters, limit: PAGE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const areaName = useAreaNames(rows.map((item) => item.provinceCode));

  const columns: Column<CaseListItem>[] = [
    {
      key: 'code',
      title: t('cases.col.code'),
      render: (item) => <Link to={`/cases/${item.id}`}>{item.code}</Link>,
    },
    {
      key: 'children',
      title: t('cases.col.children'),
      render: (item) => <ChildLinks children={item.children} />,
    },
    { key: 'level', title: t('cases.col.level'), render: (item) => levelLabel(item.level, t) },
    {
      key: 'status',
      title: t('cases.col.status'),
      render: (item) => (
        <Space size={[4, 4]} wrap>
          {statusLabel(item.status, t)}
          {item.immediateDanger && <DangerTag />}
        </Space>
      ),
    },
    {
      key: 'deadline',
      title: t('cases.col.deadline'),
      render: (item) => {
        const next = nextDeadline(item);
        return (
          <Space size={[4, 4]} wrap>
            {next && (
              <>
                <span>{deadlineLabel(next.kind, t)}</span>
                <Countdown dueAt={next.dueAt} now={now} />
              </>
            )}
            {item.overdue && <OverdueTag />}
            {!next && !item.overdue && t('common.none')}
          </Space>
        );
      },
    },
    {
      key: 'assignee',
      title: t('cases.col.assignee'),
      wide: true,
      render: (item) =>
        !item.assignedTo
          ? t('cases.unassigned')
          : item.assignedTo === myId
            ? t('cases.assignedToMe')
            : t('cases.assignedToOther'),
    },
    {
      key: 'commune',
      title: t('cases.col.commune'),
      wide: true,
      render: (item) => areaName(item.communeCode),
    },
  ];

  return (
    <Space direction="vertical" size="middle" className="page">
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('cases.title')}
        </Typography.Title>
        {can('cases:intake') && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate('/cases/new')}
          >
            {t('cases.new')}
          </Button>
        )}
      </div>
      <section className="panel" aria-label={t('cases.filters')}>
        <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
          <Row gutter={[12, 0]}>
            <Col xs={24} sm={12} lg={5}>
              <Form.Item label={t('cases.col.status')} htmlFor="case-filter-status">
                <Select
                  id="case-filter-status"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.status}
                  onChange={(status?: CaseStatus) => setFilters({ ...filters, status })}
                  options={CASE_STATUSES.map((status) => ({
                    value: status,
                    label: statusLabel(status, t),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={4}>
              <Form.Item label={t('cases.col.level')} htmlFor="case-filter-level">
                <Select
                  id="case-filter-level"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.level}
                  onChange={(level?: CaseFilters['level']) => setFilters({ ...filters, level })}
                  options={LEVELS.map((level) => ({ value: level, label: levelLabel(level, t) }))}
                />
              </Form.Item>
            </Col>
            {communes.options.length > 1 && (
              <Col xs={24} sm={12} lg={5}>
                <Form.Item label={t('cases.col.commune')} htmlFor="case-filter-commune">
                  <Select
                    id="case-filter-commune"
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={t('common.all')}
                    value={filters.communeCode}
                    onChange={(communeCode?: string) => setFilters({ ...filters, communeCode })}
                    options={communes.options.map((c) => ({ value: c.code, label: c.fullName }))}
                  />
                </Form.Item>
              </Col>
            )}
            <Col xs={12} sm={6} lg={4}>
              <Form.Item label={t('cases.col.assignee')} htmlFor="case-filter-assignee">
                <Select
                  id="case-filter-assignee"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.assignedTo}
                  onChange={(assignedTo?: 'me') => setFilters({ ...filters, assignedTo })}
                  options={[{ value: 'me', label: t('cases.assignedToMe') }]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <Form.Item label={t('cases.filterOverdue')} htmlFor="case-filter-overdue">
                <Select
                  id="case-filter-overdue"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.overdue === undefined ? undefined : 'true'}
                  onChange={(value?: string) =>
                    setFilters({ ...filters, overdue: value ? true : undefined })
                  }
                  options={[{ value: 'true', label: t('cases.overdueOnly') }]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={3} className="filters-clear">
              <Button onClick={() => setFilters({})}>{t('common.clear')}</Button>
            </Col>
          </Row>
        </Form>
      </section>
      {list.error && <ErrorAlert error={list.error} />}
      <div aria-live="polite" className="result-count">
        {list.isSuccess && t('cases.shown', { shown: rows.length })}
        {list.isSuccess && rows.some((row) => row.overdue) && (
          <Tag className="tag-gap">
            {t('cases.overdueCount', { n: rows.filter((r) => r.overdue).length })}
          </Tag>
        )}
      </div>
      <DataTable<CaseListItem>
        caption={t('cases.title')}
        columns={columns}
        rows={rows}
        rowKey={(item) => item.id}
        busy={list.isFetching && !list.isFetchingNextPage}
        empty={list.isPending ? t('common.loading') : t('cases.empty')}
      />
      {list.hasNextPage && (
        <Button block onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('cases.loadMore')}
        </Button>
      )}
    </Space>
  );
}
