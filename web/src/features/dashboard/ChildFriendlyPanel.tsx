import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, DatePicker, Form, Input, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import { DecisionDialog } from '../approvals/DecisionDialog';

type Commune = Schemas['ChildFriendlyCommuneDto'];
type AssessValues = { criteriaMet: string[]; decisionNumber?: string; decidedOn?: Dayjs };

/**
 * Communes fit for children (Decision 06/2019/QĐ-TTg) in the province for the year: how many meet
 * every criterion of the standard, and each commune's criteria met and recognition, recorded in a
 * dialog (the server's refusals land on the fields they name).
 */
export function ChildFriendlyPanel(props: { provinceCode: string; year: number }) {
  const { t, date } = useI18n();
  const queryClient = useQueryClient();
  const [assessing, setAssessing] = useState<Commune | null>(null);
  const query = { year: props.year, provinceCode: props.provinceCode };
  const overview = useQuery({
    queryKey: ['reports', 'child-friendly', query],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/reports/child-friendly', { signal, params: { query } })),
  });
  const view = overview.data;
  const total = view?.criteria.length ?? 0;
  const columns: Column<Commune>[] = [
    { key: 'name', title: t('dashboard.col.commune'), render: (c) => c.name },
    {
      key: 'met',
      title: t('childFriendly.col.met'),
      render: (c) =>
        c.assessed ? t('childFriendly.met', { met: c.criteriaMet.length, total }) : '—',
    },
    {
      key: 'result',
      title: t('childFriendly.col.result'),
      render: (c) =>
        !c.assessed ? (
          t('childFriendly.notAssessed')
        ) : c.meetsStandard ? (
          <Tag className="tag-met">{t('childFriendly.meets')}</Tag>
        ) : (
          <Tag className="tag-due">{t('childFriendly.short')}</Tag>
        ),
    },
    {
      key: 'decision',
      title: t('childFriendly.col.decision'),
      wide: true,
      render: (c) =>
        c.decisionNumber
          ? t('childFriendly.decision', { number: c.decisionNumber, on: date(c.decidedOn) })
          : '—',
    },
    {
      key: 'assess',
      title: t('childFriendly.col.assess'),
      render: (c) => (
        <Button
          size="small"
          onClick={() => setAssessing(c)}
          aria-label={t('childFriendly.assessOf', { name: c.name })}
        >
          {t('childFriendly.assess')}
        </Button>
      ),
    },
  ];
  return (
    <Panel title={t('childFriendly.title', { year: String(props.year) })}>
      {overview.error && <ErrorAlert error={overview.error} />}
      {view && (
        <>
          <Typography.Paragraph>
            {t('childFriendly.summary', {
              meeting: view.counts.meetingStandard,
              total: view.counts.communes,
              recognised: view.counts.recognised,
              assessed: view.counts.assessed,
            })}
          </Typography.Paragraph>
          <details className="communes-in">
            <summary>{t('childFriendly.details', { total: view.counts.communes })}</summary>
            <DataTable<Commune>
              caption={t('childFriendly.caption')}
              columns={columns}
              rows={view.communes}
              rowKey={(c) => c.code}
              empty={t('common.none')}
            />
          </details>
        </>
      )}
      <DecisionDialog<AssessValues>
        open={assessing !== null}
        title={assessing ? t('childFriendly.assessOf', { name: assessing.name }) : ''}
        okText={t('childFriendly.save')}
        withCode={false}
        initialValues={
          assessing
            ? {
                criteriaMet: assessing.criteriaMet,
                decisionNumber: assessing.decisionNumber ?? undefined,
                decidedOn: assessing.decidedOn ? dayjs(assessing.decidedOn) : undefined,
              }
            : undefined
        }
        onClose={() => setAssessing(null)}
        onSubmit={async (values) => {
          await call(
            api.PUT('/api/v1/reports/child-friendly/{year}/{communeCode}', {
              params: { path: { year: props.year, communeCode: assessing!.code } },
              body: {
                criteriaMet: values.criteriaMet ?? [],
                decisionNumber: values.decisionNumber || undefined,
                decidedOn: values.decidedOn?.format('YYYY-MM-DD'),
              },
            }),
          );
          setAssessing(null);
          await queryClient.invalidateQueries({ queryKey: ['reports', 'child-friendly'] });
        }}
      >
        {() => (
          <>
            <Form.Item name="criteriaMet" label={t('childFriendly.criteria')}>
              <Checkbox.Group
                className="criteria-list"
                options={(view?.criteria ?? []).map((c) => ({ label: c.name, value: c.code }))}
              />
            </Form.Item>
            <Form.Item
              name="decisionNumber"
              label={t('childFriendly.decisionNumber')}
              extra={t('childFriendly.decisionHelp')}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="decidedOn" label={t('childFriendly.decidedOn')}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </>
        )}
      </DecisionDialog>
    </Panel>
  );
}
