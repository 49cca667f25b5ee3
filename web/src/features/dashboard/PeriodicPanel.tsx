import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { api, call, type Schemas } from '../../api/client';
import { saveDownload } from '../../api/download';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import { useCommunes } from '../reference/hooks';

type Report = Schemas['PeriodicReportDto'];

/**
 * The year's periodic reports with their files, and whether each commune of the province has its
 * own (the province gathers the communes' before the plans' due date).
 */
export function PeriodicPanel(props: {
  provinceCode: string | undefined;
  names: (code: string) => string;
}) {
  const { t, date } = useI18n();
  const year = new Date().getFullYear();
  const reports = useQuery({
    queryKey: ['reports', 'periodic', year],
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/reports/periodic', {
          signal,
          params: { query: { year, limit: 200 } },
        }),
      ),
  });
  const communes = useCommunes(props.provinceCode ? [props.provinceCode] : []);
  const download = useMutation({
    mutationFn: ({ report, format }: { report: Report; format: 'xlsx' | 'pdf' }) =>
      saveDownload(
        api.GET('/api/v1/reports/periodic/{id}.{format}', {
          params: { path: { id: report.id, format } },
          parseAs: 'blob',
        }),
        `bao-cao-tre-em-${report.year}.${format}`,
      ),
  });
  const items = reports.data?.items ?? [];
  const areaName = (report: Report) => props.names(report.communeCode ?? report.provinceCode);
  const columns: Column<Report>[] = [
    { key: 'area', title: t('dashboard.col.area'), render: areaName },
    {
      key: 'state',
      title: t('dashboard.col.state'),
      render: (report) => t(`dashboard.state.${report.state}`),
    },
    {
      key: 'asOf',
      title: t('dashboard.col.asOf'),
      wide: true,
      render: (report) => date(report.asOf),
    },
    {
      key: 'files',
      title: t('dashboard.col.files'),
      render: (report) =>
        report.links ? (
          <Space wrap>
            {(['xlsx', 'pdf'] as const).map((format) => (
              <Button
                key={format}
                size="small"
                onClick={() => download.mutate({ report, format })}
                aria-label={t('dashboard.downloadReport', {
                  format: format.toUpperCase(),
                  area: areaName(report),
                })}
              >
                {format.toUpperCase()}
              </Button>
            ))}
          </Space>
        ) : (
          t('common.none')
        ),
    },
  ];
  const inCommunes = new Set(
    items.filter((r) => r.communeCode && r.state === 'ready').map((r) => r.communeCode),
  );
  const communeRows = (communes.data ?? []).map((commune) => ({
    code: commune.code,
    name: commune.fullName,
    in: inCommunes.has(commune.code),
  }));
  type CommuneRow = (typeof communeRows)[number];
  return (
    <Panel title={t('dashboard.periodic', { year: String(year) })}>
      {reports.error && <ErrorAlert error={reports.error} />}
      {download.error && <ErrorAlert error={download.error} />}
      <DataTable<Report>
        caption={t('dashboard.periodic', { year: String(year) })}
        columns={columns}
        rows={items}
        rowKey={(report) => report.id}
        busy={reports.isFetching}
        empty={reports.isPending ? t('common.loading') : t('dashboard.noReports')}
      />
      {communeRows.length > 0 && (
        <details className="communes-in">
          <summary>
            {t('dashboard.communesIn', {
              count: communeRows.filter((row) => row.in).length,
              total: communeRows.length,
            })}
          </summary>
          <DataTable<CommuneRow>
            caption={t('dashboard.communesInCaption')}
            columns={[
              { key: 'name', title: t('dashboard.col.commune'), render: (row) => row.name },
              {
                key: 'in',
                title: t('dashboard.col.reportIn'),
                render: (row) => (row.in ? t('dashboard.reportIn') : t('dashboard.reportMissing')),
              },
            ]}
            rows={communeRows}
            rowKey={(row) => row.code}
            empty={t('common.loading')}
          />
        </details>
      )}
    </Panel>
  );
}
