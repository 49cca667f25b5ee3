import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import { DeadlinesTable } from './DeadlinesTable';

type AreaSubmission = Schemas['AreaSubmissionDto'];
type Term = Schemas['SubmissionOverviewDto']['term'];

/** The deadline tags of the cases (app.css), and one for a report that came in late. */
const STATUS_CLASSES: Record<AreaSubmission['status'], string> = {
  on_time: 'tag-met',
  late: 'tag-late',
  pending: 'tag-due',
  overdue: 'tag-overdue',
};

/** An area's status against its due date, as a tag. */
export function SubmissionStatus(props: { status: AreaSubmission['status'] }) {
  const { t } = useI18n();
  return (
    <Tag className={STATUS_CLASSES[props.status]}>{t(`submissions.status.${props.status}`)}</Tag>
  );
}

/**
 * The province's reporting calendar for the year: which communes have submitted their report of
 * the first six months or of the year (the six months' until the end of June), on time or late,
 * which have not; a reminder to those that have not (once a day each).
 */
export function SubmissionsPanel(props: { provinceCode: string; year: number }) {
  const { t, date, dateTime } = useI18n();
  const [term, setTerm] = useState<Term>(() =>
    new Date().getMonth() < 6 ? 'six_months' : 'annual',
  );
  const period = t(`term.${term}`, { year: String(props.year) });
  const query = { year: props.year, term, provinceCode: props.provinceCode };
  const overview = useQuery({
    queryKey: ['reports', 'submissions', query],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/reports/submissions', { signal, params: { query } })),
    // The other term's view stays on screen (its details open) until this one comes.
    placeholderData: keepPreviousData,
  });
  const remind = useMutation({
    mutationFn: () => call(api.POST('/api/v1/reports/submissions/reminders', { body: query })),
  });
  const view = overview.data;
  const waiting = view ? view.counts.pending + view.counts.overdue : 0;
  const columns: Column<AreaSubmission>[] = [
    { key: 'name', title: t('dashboard.col.commune'), render: (row) => row.name },
    {
      key: 'status',
      title: t('submissions.col.status'),
      render: (row) => <SubmissionStatus status={row.status} />,
    },
    { key: 'due', title: t('submissions.col.due'), render: (row) => date(row.dueOn) },
    {
      key: 'submitted',
      title: t('submissions.col.submitted'),
      wide: true,
      render: (row) =>
        row.submittedAt
          ? row.correctedAt
            ? t('submissions.corrected', {
                at: dateTime(row.submittedAt),
                version: row.version ?? 1,
                correctedAt: dateTime(row.correctedAt),
              })
            : dateTime(row.submittedAt)
          : t('common.none'),
    },
  ];
  return (
    <Panel title={t('submissions.title', { period })}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('submissions.term')} htmlFor="submissions-term">
          <Radio.Group
            id="submissions-term"
            value={term}
            onChange={(event) => {
              setTerm(event.target.value as Term);
              remind.reset();
            }}
            options={(['six_months', 'annual'] as const).map((value) => ({
              value,
              label: t(`term.name.${value}`),
            }))}
          />
        </Form.Item>
      </Form>
      {overview.error && <ErrorAlert error={overview.error} />}
      {view && (
        <>
          <Typography.Paragraph>
            {t('submissions.summary', {
              onTime: view.counts.onTime,
              late: view.counts.late,
              pending: view.counts.pending,
              overdue: view.counts.overdue,
              total: view.counts.communes,
            })}
          </Typography.Paragraph>
          <Typography.Paragraph>
            {t('submissions.provinceReport', { period, due: date(view.province.dueOn) })}{' '}
            <SubmissionStatus status={view.province.status} />
          </Typography.Paragraph>
          <Space wrap>
            <Button
              onClick={() => remind.mutate()}
              loading={remind.isPending}
              disabled={waiting === 0}
            >
              {t('submissions.remind', { count: waiting })}
            </Button>
          </Space>
          {remind.error && <ErrorAlert error={remind.error} />}
          {remind.data && (
            <Alert
              type={remind.data.communeCodes.length > 0 ? 'success' : 'warning'}
              showIcon
              role="status"
              title={
                remind.data.communeCodes.length > 0
                  ? t('submissions.reminded', {
                      communes: remind.data.communeCodes.length,
                      people: remind.data.people,
                    })
                  : t('submissions.nobodyToRemind')
              }
            />
          )}
          <DeadlinesTable provinceCode={props.provinceCode} />
          <details className="communes-in">
            <summary>{t('submissions.details', { total: view.counts.communes })}</summary>
            <DataTable<AreaSubmission>
              caption={t('submissions.caption')}
              columns={columns}
              rows={view.communes}
              rowKey={(row) => row.code}
              empty={t('common.none')}
            />
          </details>
        </>
      )}
    </Panel>
  );
}
