import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import { DecisionDialog } from '../approvals/DecisionDialog';

type Deadline = Schemas['DeadlineDto'];
type DeadlineValues = { day: number; month: number; source?: string };

const dayMonth = (d: Pick<Deadline, 'day' | 'month'>) =>
  `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}`;

/**
 * The province's due dates of the annual plan and of the reports (of the first six months and of
 * the year), the plans' unless it set its own, and
 * whether each is submitted here or sent outside the system; each changed in a dialog (a day
 * every year has; the server's refusal lands on the day's field).
 */
export function DeadlinesTable(props: { provinceCode: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Deadline | null>(null);
  const deadlines = useQuery({
    queryKey: ['reports', 'deadlines', props.provinceCode],
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/reports/deadlines', {
          signal,
          params: { query: { provinceCode: props.provinceCode } },
        }),
      ),
  });
  const columns: Column<Deadline>[] = [
    { key: 'report', title: t('deadlines.col.report'), render: (d) => t(`deadlines.${d.report}`) },
    { key: 'due', title: t('deadlines.col.due'), render: dayMonth },
    {
      key: 'where',
      title: t('deadlines.col.where'),
      render: (d) => t(d.submittedHere ? 'deadlines.here' : 'deadlines.outside'),
    },
    {
      key: 'source',
      title: t('deadlines.col.source'),
      wide: true,
      render: (d) => (d.provinceCode ? d.source : t('deadlines.plans', { source: d.source })),
    },
    {
      key: 'change',
      title: t('deadlines.col.change'),
      render: (d) => (
        <Button
          size="small"
          onClick={() => setEditing(d)}
          aria-label={t('deadlines.changeOf', { report: t(`deadlines.${d.report}`) })}
        >
          {t('deadlines.change')}
        </Button>
      ),
    },
  ];
  return (
    <>
      {deadlines.error && <ErrorAlert error={deadlines.error} />}
      <DataTable<Deadline>
        caption={t('deadlines.caption')}
        columns={columns}
        rows={deadlines.data?.items ?? []}
        rowKey={(d) => d.report}
        busy={deadlines.isFetching}
        empty={t('common.loading')}
      />
      <DecisionDialog<DeadlineValues>
        open={editing !== null}
        title={editing ? t('deadlines.changeOf', { report: t(`deadlines.${editing.report}`) }) : ''}
        okText={t('deadlines.save')}
        withCode={false}
        initialValues={editing ? { day: editing.day, month: editing.month } : undefined}
        onClose={() => setEditing(null)}
        onSubmit={async (values) => {
          await call(
            api.PUT('/api/v1/reports/deadlines/{report}', {
              params: { path: { report: editing!.report } },
              body: {
                provinceCode: props.provinceCode,
                day: values.day,
                month: values.month,
                source: values.source || undefined,
              },
            }),
          );
          setEditing(null);
          await queryClient.invalidateQueries({ queryKey: ['reports'] });
        }}
      >
        {() => (
          <>
            <Form.Item
              name="day"
              label={t('deadlines.day')}
              rules={[{ required: true, message: t('deadlines.dayRequired') }]}
            >
              <InputNumber min={1} max={31} />
            </Form.Item>
            <Form.Item
              name="month"
              label={t('deadlines.month')}
              rules={[{ required: true, message: t('deadlines.monthRequired') }]}
            >
              <InputNumber min={1} max={12} />
            </Form.Item>
            <Form.Item
              name="source"
              label={t('deadlines.source')}
              extra={t('deadlines.sourceHelp')}
            >
              <Input />
            </Form.Item>
          </>
        )}
      </DecisionDialog>
    </>
  );
}
