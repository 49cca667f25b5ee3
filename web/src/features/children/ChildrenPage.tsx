import {
  keepPreviousData,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { Button, Col, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DownloadOutlined, LockOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { saveDownload } from '../../api/download';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { type Translate, useI18n } from '../../i18n';
import { useAreaNames, useCodeName, useCommunesInScope, useReference } from '../reference/hooks';
import { DOB_PRECISION_LABEL, SEX_LABEL } from './labels';

// Loaded when asked for: the list's own download stays small.
const SensitiveExportDialog = lazy(() => import('./SensitiveExportDialog'));

type Child = Schemas['ChildDto'];

export interface ChildFilters {
  q: string;
  communeCode?: string;
  specialCircumstance?: string;
  riskFactor?: string;
  ageFrom?: number;
  ageTo?: number;
  sex?: 'male' | 'female' | 'unknown';
  hasPersonalId?: boolean;
}

const PAGE = 50;

/** The list's filters as the API's query (the export takes the same). */
function apiFilters(filters: ChildFilters) {
  return {
    q: filters.q.trim() || undefined,
    communeCode: filters.communeCode,
    specialCircumstance: filters.specialCircumstance,
    riskFactor: filters.riskFactor,
    ageFrom: filters.ageFrom,
    ageTo: filters.ageTo,
    sex: filters.sex,
    hasPersonalId: filters.hasPersonalId,
  };
}
const AGES = Array.from({ length: 19 }, (_, age) => ({ value: age, label: String(age) }));
// The search lives in memory only (a child's name is personal data: not in the URL, not in
// storage): in the query cache, which outlives a visit to a record (the list is as it was on
// return) and is emptied at sign-out and when the session ends, so the next user of the PC
// does not see it.
export const FILTERS_KEY = ['memory', 'children-filters'] as const;
const NO_FILTERS: ChildFilters = { q: '' };
/** Typing pauses this long before the list is asked for: one request per word, not per key. */
const TYPING_MS = 300;

export default function ChildrenPage() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [sensitiveExport, setSensitiveExport] = useState(false);
  const queryClient = useQueryClient();
  const [filters, setFiltersState] = useState<ChildFilters>(
    () => queryClient.getQueryData<ChildFilters>(FILTERS_KEY) ?? NO_FILTERS,
  );
  const setFilters = (next: ChildFilters) => {
    queryClient.setQueryData(FILTERS_KEY, next);
    setFiltersState(next);
  };
  // Results as you type: the filters at once, the words once typing pauses.
  const q = useDebounced(filters.q, TYPING_MS);
  const query = useMemo(() => ({ ...filters, q }), [filters, q]);
  const communes = useCommunesInScope();
  const circumstances = useReference('special-circumstances');
  const risks = useReference('risk-factors');
  const circumstanceName = useCodeName('special-circumstances');
  const riskName = useCodeName('risk-factors');

  const list = useInfiniteQuery({
    queryKey: ['children', 'list', query],
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam, signal }) =>
      call(
        api.GET('/api/v1/children', {
          signal,
          params: { query: { ...apiFilters(query), limit: PAGE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  // The count is asked for once per filter, not once per page.
  const count = useQuery({
    queryKey: ['children', 'count', query],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/children/count', { signal, params: { query: apiFilters(query) } })),
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const areaName = useAreaNames(rows.map((child) => child.provinceCode));

  // The export is what the filters select, the whole of it, as the server writes it; the
  // sensitive data only when asked for, with the reason the audit log keeps.
  const exportList = async (sensitive?: { reason: string }) => {
    setExporting(true);
    setExportError(null);
    try {
      await saveDownload(
        api.GET('/api/v1/children/export', {
          params: {
            query: {
              ...apiFilters(filters),
              ...(sensitive ? { sensitive: true, reason: sensitive.reason } : {}),
            },
          },
          parseAs: 'blob',
        }),
        t('children.exportName'),
      );
      setSensitiveExport(false);
    } catch (failure) {
      setExportError(failure);
    } finally {
      setExporting(false);
    }
  };

  const columns: Column<Child>[] = [
    {
      key: 'name',
      title: t('children.col.name'),
      render: (child) => <Link to={`/children/${child.id}`}>{child.fullName}</Link>,
    },
    {
      key: 'dob',
      title: t('children.col.dob'),
      render: (child) => {
        const precision = DOB_PRECISION_LABEL[child.dobPrecision];
        return precision ? `${date(child.dateOfBirth)} (${t(precision)})` : date(child.dateOfBirth);
      },
    },
    { key: 'age', title: t('children.col.age'), align: 'right', render: (child) => child.age },
    { key: 'sex', title: t('children.col.sex'), render: (child) => t(SEX_LABEL[child.sex]) },
    {
      key: 'commune',
      title: t('children.col.commune'),
      wide: true,
      render: (child) => areaName(child.communeCode),
    },
    {
      key: 'personalId',
      title: t('children.col.personalId'),
      wide: true,
      render: (child) => child.personalId ?? t('common.none'),
    },
    {
      key: 'flags',
      title: t('children.col.flags'),
      wide: true,
      render: (child) => (
        <Space size={[0, 4]} wrap>
          {child.specialCircumstances
            .filter((entry) => !entry.until)
            .map((entry) => (
              <Tag className="tag-circumstance" key={`sc-${entry.code}-${entry.subCode ?? ''}`}>
                {circumstanceName(entry.subCode ?? entry.code)}
              </Tag>
            ))}
          {child.riskFactors
            .filter((entry) => !entry.until)
            .map((entry) => (
              <Tag className="tag-risk" key={`rf-${entry.code}`}>
                {riskName(entry.code)}
              </Tag>
            ))}
        </Space>
      ),
    },
  ];

  // A filter on a sensitive code is only for those who may see it (the server refuses it too).
  const filterable = (item: { attributes: Record<string, unknown> }) =>
    can('children:sensitive') || item.attributes.sensitive !== true;
  const groups = (circumstances.data ?? []).filter((item) => !item.parentCode && filterable(item));
  return (
    <Space direction="vertical" size="middle" className="page">
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('children.title')}
        </Typography.Title>
        <Space wrap>
          {can('children:export') && (
            <Button
              icon={<DownloadOutlined aria-hidden />}
              loading={exporting}
              onClick={() => void exportList()}
            >
              {t('children.export')}
            </Button>
          )}
          {can('children:export') && can('children:sensitive') && (
            <Button icon={<LockOutlined aria-hidden />} onClick={() => setSensitiveExport(true)}>
              {t('children.exportSensitive')}
            </Button>
          )}
          {can('children:import') && (
            <Button
              icon={<UploadOutlined aria-hidden />}
              onClick={() => void navigate('/children/import')}
            >
              {t('children.import')}
            </Button>
          )}
          {can('children:write') && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => void navigate('/children/new')}
            >
              {t('form.new')}
            </Button>
          )}
        </Space>
      </div>
      {exportError !== null && !sensitiveExport && <ErrorAlert error={exportError} />}
      {sensitiveExport && (
        <Suspense fallback={null}>
          <SensitiveExportDialog
            busy={exporting}
            error={exportError}
            onExport={(reason) => void exportList({ reason })}
            onCancel={() => {
              setSensitiveExport(false);
              setExportError(null);
            }}
          />
        </Suspense>
      )}
      <section className="panel" aria-label={t('children.filters')}>
        <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
          <Form.Item label={t('children.search')} htmlFor="child-search">
            <Input.Search
              id="child-search"
              allowClear
              placeholder={t('children.searchPlaceholder')}
              value={filters.q}
              onChange={(event) => setFilters({ ...filters, q: event.target.value })}
              enterButton={t('common.search')}
            />
          </Form.Item>
          <Row gutter={[12, 0]}>
            {communes.options.length > 1 && (
              <Col xs={24} sm={12} lg={6}>
                <Form.Item label={t('children.commune')} htmlFor="filter-commune">
                  <Select
                    id="filter-commune"
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={t('common.all')}
                    value={filters.communeCode}
                    onChange={(communeCode) => setFilters({ ...filters, communeCode })}
                    options={communes.options.map((c) => ({
                      value: c.code,
                      label: c.fullName,
                    }))}
                  />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label={t('children.specialCircumstance')} htmlFor="filter-circumstance">
                <Select
                  id="filter-circumstance"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.specialCircumstance}
                  onChange={(specialCircumstance) =>
                    setFilters({ ...filters, specialCircumstance })
                  }
                  options={groups.map((g) => ({
                    value: g.code,
                    label: `${g.code}. ${circumstanceName(g.code)}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label={t('children.riskFactor')} htmlFor="filter-risk">
                <Select
                  id="filter-risk"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.riskFactor}
                  onChange={(riskFactor) => setFilters({ ...filters, riskFactor })}
                  options={(risks.data ?? []).filter(filterable).map((r) => ({
                    value: r.code,
                    label: riskName(r.code),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <Form.Item label={t('children.ageFrom')} htmlFor="filter-age-from">
                <Select
                  id="filter-age-from"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.ageFrom}
                  onChange={(ageFrom?: number) => setFilters({ ...filters, ageFrom })}
                  options={AGES}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <Form.Item label={t('children.ageTo')} htmlFor="filter-age-to">
                <Select
                  id="filter-age-to"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.ageTo}
                  onChange={(ageTo?: number) => setFilters({ ...filters, ageTo })}
                  options={AGES}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <Form.Item label={t('children.sex')} htmlFor="filter-sex">
                <Select
                  id="filter-sex"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.sex}
                  onChange={(sex) => setFilters({ ...filters, sex })}
                  options={(['male', 'female', 'unknown'] as const).map((sex) => ({
                    value: sex,
                    label: t(SEX_LABEL[sex]),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <Form.Item label={t('children.personalId')} htmlFor="filter-personal-id">
                <Select
                  id="filter-personal-id"
                  allowClear
                  placeholder={t('common.all')}
                  value={
                    filters.hasPersonalId === undefined ? undefined : String(filters.hasPersonalId)
                  }
                  onChange={(value?: string) =>
                    setFilters({
                      ...filters,
                      hasPersonalId: value === undefined ? undefined : value === 'true',
                    })
                  }
                  options={[
                    { value: 'true', label: t('children.hasPersonalId') },
                    { value: 'false', label: t('children.noPersonalId') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={6} className="filters-clear">
              <Button onClick={() => setFilters({ q: '' })}>{t('common.clear')}</Button>
            </Col>
          </Row>
        </Form>
      </section>
      {list.error && <ErrorAlert error={list.error} />}
      <div aria-live="polite" className="result-count">
        {list.isSuccess && shownCount(t, rows.length, count.data)}
      </div>
      <DataTable<Child>
        caption={t('children.title')}
        columns={columns}
        rows={rows}
        rowKey={(child) => child.id}
        busy={list.isFetching && !list.isFetchingNextPage}
        empty={list.isPending ? t('common.loading') : t('children.empty')}
      />
      {list.hasNextPage && (
        <Button block onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('children.loadMore')}
        </Button>
      )}
    </Space>
  );
}

/** "Showing 50 of 1,234 children", or of more than the count's limit, or 50 until it is known. */
function shownCount(t: Translate, shown: number, count?: Schemas['ChildCountDto']): string {
  if (!count) return t('children.shown', { shown });
  return t(count.exact ? 'children.shownOf' : 'children.shownOfMore', {
    shown,
    total: count.total,
  });
}

/** The value once it has stopped changing for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
