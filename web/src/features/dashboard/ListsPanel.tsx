import { useMutation, useQueries } from '@tanstack/react-query';
import { Button } from 'antd';
import { api, call } from '../../api/client';
import { saveDownload } from '../../api/download';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';

const LISTS = [
  'special-circumstances',
  'abused',
  'injured-in-accidents',
  'at-risk-of-dropout',
] as const;
type List = (typeof LISTS)[number];

/** The lists for action: how many children each holds (a first page's worth), and its export. */
export function ListsPanel(props: { query: { provinceCode?: string; communeCode?: string } }) {
  const { t } = useI18n();
  const PAGE = 200;
  const pages = useQueries({
    queries: LISTS.map((list) => ({
      queryKey: ['reports', 'lists', list, props.query],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        call(
          api.GET('/api/v1/reports/lists/{list}', {
            signal,
            params: { path: { list }, query: { ...props.query, limit: PAGE } },
          }),
        ),
    })),
  });
  const download = useMutation({
    mutationFn: (list: List) =>
      saveDownload(
        api.GET('/api/v1/reports/lists/{list}', {
          params: { path: { list }, query: { ...props.query, format: 'xlsx' } },
          parseAs: 'blob',
        }),
        `${list}.xlsx`,
      ),
  });
  const rows = LISTS.map((list, index) => ({ list, page: pages[index] }));
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    {
      key: 'list',
      title: t('dashboard.col.list'),
      render: (row) => t(`dashboard.list.${row.list}`),
    },
    {
      key: 'count',
      title: t('dashboard.col.children'),
      align: 'right',
      render: (row) =>
        row.page.data
          ? row.page.data.nextCursor
            ? t('dashboard.moreThan', { count: PAGE })
            : String(row.page.data.items.length)
          : t('common.loading'),
    },
    {
      key: 'export',
      title: t('dashboard.col.export'),
      render: (row) => (
        <Button
          size="small"
          onClick={() => download.mutate(row.list)}
          aria-label={t('dashboard.exportList', { list: t(`dashboard.list.${row.list}`) })}
        >
          {t('dashboard.export')}
        </Button>
      ),
    },
  ];
  const error = pages.find((page) => page.error)?.error;
  return (
    <Panel title={t('dashboard.lists')}>
      {error && <ErrorAlert error={error} />}
      {download.error && <ErrorAlert error={download.error} />}
      <DataTable<Row>
        caption={t('dashboard.lists')}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.list}
        busy={pages.some((page) => page.isFetching)}
        empty={t('common.loading')}
      />
    </Panel>
  );
}
