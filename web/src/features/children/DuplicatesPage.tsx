import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Form, Select, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import { useCommunesInScope } from '../reference/hooks';
import { pairPath, percent, Reasons } from './duplicates';

type Pair = Schemas['DuplicatePairDto'];
type Child = Schemas['ChildDto'];

/** The likely duplicate pairs of a commune, the most likely first (cleaning the registry). */
export default function DuplicatesPage() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const communes = useCommunesInScope();
  const communeCode = communes.only ?? params.get('communeCode') ?? communes.home;

  const pairs = useQuery({
    queryKey: ['children', 'duplicate-pairs', communeCode],
    enabled: !!communeCode,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/children/duplicates', {
          signal,
          params: { query: { communeCode: communeCode! } },
        }),
      ),
  });
  const rows = pairs.data?.items ?? [];

  const record = (child: Child) => (
    <>
      <Link to={`/children/${child.id}`}>{child.fullName}</Link>
      <div className="secondary-text">{date(child.dateOfBirth)}</div>
    </>
  );
  const columns: Column<Pair>[] = [
    { key: 'a', title: t('duplicates.col.a'), render: (pair) => record(pair.child) },
    { key: 'b', title: t('duplicates.col.b'), render: (pair) => record(pair.duplicate) },
    {
      key: 'score',
      title: t('duplicates.col.score'),
      align: 'right',
      render: (pair) => t('duplicates.percent', { percent: percent(pair.score) }),
    },
    {
      key: 'reasons',
      title: t('duplicates.col.reasons'),
      wide: true,
      render: (pair) => <Reasons reasons={pair.reasons} />,
    },
    {
      key: 'open',
      title: t('duplicates.col.open'),
      render: (pair) => (
        <Link to={pairPath(pair.child, pair.duplicate)}>
          {can('children:merge') ? t('duplicates.compareMerge') : t('duplicates.compare')}
          <span className="visually-hidden">
            {t('duplicates.pairName', { a: pair.child.fullName, b: pair.duplicate.fullName })}
          </span>
        </Link>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="middle" className="page">
      <div>
        <Typography.Title level={1} className="page-title">
          {t('duplicates.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('duplicates.intro')}</Typography.Text>
      </div>
      {!communes.only && (
        <Form layout="vertical" className="panel" onSubmitCapture={(e) => e.preventDefault()}>
          <Form.Item label={t('duplicates.commune')} htmlFor="duplicates-commune" className="flush">
            <Select
              id="duplicates-commune"
              className="commune-select"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('duplicates.chooseCommune')}
              value={communeCode}
              onChange={(code: string) => setParams({ communeCode: code }, { replace: true })}
              options={communes.options.map((c) => ({ value: c.code, label: c.fullName }))}
            />
          </Form.Item>
        </Form>
      )}
      {pairs.error && <ErrorAlert error={pairs.error} />}
      {!communeCode ? (
        <Alert type="info" showIcon title={t('duplicates.chooseCommune')} />
      ) : (
        <>
          <div aria-live="polite" className="result-count">
            {pairs.isSuccess &&
              (pairs.data.total > rows.length
                ? t('duplicates.countShown', { total: pairs.data.total, shown: rows.length })
                : t('duplicates.count', { total: pairs.data.total }))}
          </div>
          <DataTable<Pair>
            caption={t('duplicates.title')}
            columns={columns}
            rows={rows}
            rowKey={(pair) => `${pair.child.id}-${pair.duplicate.id}`}
            busy={pairs.isFetching}
            empty={pairs.isPending ? t('common.loading') : t('duplicates.empty')}
          />
        </>
      )}
    </Space>
  );
}
