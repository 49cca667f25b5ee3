import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { saveDownload } from '../../api/download';
import { useAuth } from '../../app/auth';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import { DecisionDialog, type DecisionValues } from '../approvals/DecisionDialog';
import { SubmissionStatus } from './SubmissionsPanel';

type Report = Schemas['PeriodicReportDto'];

/**
 * The year's periodic reports (of the year, and of its first six months) with their files, their
 * due dates and whether their area has submitted them; the chair submits a report with the code of their authenticator, and submits it
 * again, made anew, as a correction with its reason.
 */
export function PeriodicPanel(props: { names: (code: string) => string }) {
  const { t, date, dateTime } = useI18n();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const year = new Date().getFullYear();
  const [submitting, setSubmitting] = useState<Report | null>(null);
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
  const download = useMutation({
    mutationFn: ({ report, format }: { report: Report; format: 'xlsx' | 'pdf' }) =>
      saveDownload(
        api.GET('/api/v1/reports/periodic/{id}.{format}', {
          params: { path: { id: report.id, format } },
          parseAs: 'blob',
        }),
        `bao-cao-tre-em-${report.year}${report.term === 'six_months' ? '-6-thang' : ''}.${format}`,
      ),
  });
  const items = reports.data?.items ?? [];
  const areaName = (report: Report) => props.names(report.communeCode ?? report.provinceCode);
  const period = (report: Report) => t(`term.${report.term}`, { year: String(report.year) });
  const correcting = !!submitting?.submission;
  const columns: Column<Report>[] = [
    { key: 'area', title: t('dashboard.col.area'), render: areaName },
    {
      key: 'term',
      title: t('dashboard.col.term'),
      render: (report) => t(`term.name.${report.term}`),
    },
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
    { key: 'due', title: t('submissions.col.due'), render: (report) => date(report.dueOn) },
    {
      key: 'submitted',
      title: t('submissions.col.submitted'),
      render: (report) =>
        report.submission ? (
          <Space wrap size={4}>
            {t('submissions.submittedAt', {
              at: dateTime(report.submission.submittedAt),
              version: report.submission.version,
            })}
            {report.submission.late && <SubmissionStatus status="late" />}
            {!report.submission.current && <Tag>{t('submissions.remade')}</Tag>}
          </Space>
        ) : (
          t('submissions.notSubmitted')
        ),
    },
    {
      key: 'files',
      title: t('dashboard.col.files'),
      render: (report) => (
        <Space wrap>
          {report.links &&
            (['xlsx', 'pdf'] as const).map((format) => (
              <Button
                key={format}
                size="small"
                onClick={() => download.mutate({ report, format })}
                aria-label={t('dashboard.downloadReport', {
                  format: format.toUpperCase(),
                  period: period(report),
                  area: areaName(report),
                })}
              >
                {format.toUpperCase()}
              </Button>
            ))}
          {can('reports:submit') && report.state === 'ready' && !report.submission?.current && (
            <Button size="small" type="primary" onClick={() => setSubmitting(report)}>
              {t(report.submission ? 'submissions.correct' : 'submissions.submit')}
            </Button>
          )}
          {!report.links && !can('reports:submit') && t('common.none')}
        </Space>
      ),
    },
  ];
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
      <DecisionDialog<DecisionValues & { reason?: string }>
        open={submitting !== null}
        title={
          submitting
            ? t(correcting ? 'submissions.correctTitle' : 'submissions.submitTitle', {
                area: areaName(submitting),
                period: period(submitting),
              })
            : ''
        }
        okText={t(correcting ? 'submissions.correct' : 'submissions.submit')}
        withCode
        onClose={() => setSubmitting(null)}
        onSubmit={async (values) => {
          await call(
            api.POST('/api/v1/reports/periodic/{id}/submissions', {
              params: { path: { id: submitting!.id }, header: { 'X-OTP': values.otp ?? '' } },
              body: { reason: values.reason || undefined },
            }),
          );
          setSubmitting(null);
          await queryClient.invalidateQueries({ queryKey: ['reports', 'periodic'] });
        }}
      >
        {() =>
          correcting && (
            <Form.Item
              name="reason"
              label={t('submissions.reason')}
              extra={t('submissions.reasonHelp')}
              rules={[
                { required: true, whitespace: true, message: t('submissions.reasonRequired') },
              ]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )
        }
      </DecisionDialog>
    </Panel>
  );
}
