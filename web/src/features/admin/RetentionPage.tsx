import '../../i18n/vi-screens';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert, explain, fieldMessage } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import { useAreaNames } from '../reference/hooks';
import { AdminHead, SavedNotice } from './common';

type Policy = Schemas['RetentionPolicyDto'];
type InProvince = Schemas['DueInProvinceDto'];

/**
 * How long children's records and closed cases keep their personal data (Law 91/2025): each
 * policy a deployment sets, what applying it today would do (the dry run, by province), and
 * applying it now rather than at the nightly job.
 */
export default function RetentionPage() {
  const { t } = useI18n();
  // Kept here: a saved policy's panel starts again from what was saved.
  const [notice, setNotice] = useState<string | null>(null);
  const policies = useQuery({
    queryKey: ['privacy', 'retention'],
    queryFn: ({ signal }) => call(api.GET('/api/v1/privacy/retention', { signal })),
  });
  return (
    <Space direction="vertical" size="middle" className="page">
      <AdminHead title={t('admin.retention.title')} intro={t('admin.retention.intro')} />
      {policies.error && <ErrorAlert error={policies.error} />}
      <SavedNotice notice={notice} onClose={() => setNotice(null)} />
      {policies.data?.map((policy) => (
        <PolicyPanel
          key={`${policy.kind}:${policy.updatedAt}`}
          policy={policy}
          onNotice={setNotice}
        />
      ))}
    </Space>
  );
}

function PolicyPanel({
  policy,
  onNotice,
}: {
  policy: Policy;
  onNotice: (notice: string | null) => void;
}) {
  const { t, date } = useI18n();
  const queryClient = useQueryClient();
  const provinceName = useAreaNames([]);
  const [enabled, setEnabled] = useState(policy.enabled);
  const [keepYears, setKeepYears] = useState<number | null>(policy.keepYears);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/privacy/retention/{kind}', {
          params: { path: { kind: policy.kind } },
          body: { enabled, keepYears: keepYears ?? undefined },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData<Policy[]>(['privacy', 'retention'], (all) =>
        all?.map((p) => (p.kind === saved.kind ? saved : p)),
      );
      onNotice(t('admin.retention.saved'));
    },
  });
  const run = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/privacy/retention/{kind}/run', {
          params: { path: { kind: policy.kind } },
        }),
      ),
    onSuccess: () => onNotice(t('admin.retention.queued')),
  });
  const yearsError = fieldMessage(save.error, 'keepYears');
  const columns: Column<InProvince>[] = [
    {
      key: 'province',
      title: t('admin.retention.col.province'),
      render: (p) => provinceName(p.provinceCode),
    },
    { key: 'due', title: t('admin.retention.col.due'), render: (p) => p.due },
    { key: 'kept', title: t('admin.retention.col.kept'), render: (p) => p.keptByCase },
  ];
  const changed = enabled !== policy.enabled || keepYears !== policy.keepYears;
  const kind = policy.kind;
  return (
    <Panel title={t(`admin.retention.${kind}`)}>
      <Typography.Paragraph>{t(`admin.retention.${kind}.rule`)}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => save.mutate()}>
        <Form.Item
          label={t(`admin.retention.${kind}.keepYears`)}
          htmlFor={`retention-years-${kind}`}
          help={yearsError}
          validateStatus={yearsError ? 'error' : undefined}
        >
          <InputNumber
            id={`retention-years-${kind}`}
            min={0}
            max={100}
            value={keepYears}
            onChange={(value) => setKeepYears(value)}
          />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={enabled} onChange={(event) => setEnabled(event.target.checked)}>
            {t('admin.retention.enabled')}
          </Checkbox>
        </Form.Item>
        {save.error && !yearsError && <ErrorAlert error={save.error} />}
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!changed}>
          {t('admin.retention.save')}
        </Button>
      </Form>
      <Typography.Title level={3} className="panel-subtitle">
        {t('admin.retention.dryRun')}
      </Typography.Title>
      <Typography.Paragraph>
        {t(`admin.retention.${kind}.dryRunText`, {
          due: policy.due,
          day: date(policy.lastDueDay),
          kept: policy.keptByCase,
        })}
        {!policy.enabled && ` ${t('admin.retention.off')}`}
      </Typography.Paragraph>
      <DataTable<InProvince>
        caption={t('admin.retention.caption', { kind: t(`admin.retention.${kind}`) })}
        columns={columns}
        rows={policy.byProvince}
        rowKey={(p) => p.provinceCode}
        empty={t('admin.retention.none')}
      />
      <Space direction="vertical" className="retention-run">
        <Button onClick={() => run.mutate()} loading={run.isPending} disabled={!policy.enabled}>
          {t('admin.retention.runNow')}
        </Button>
        {run.error && <Alert type="error" showIcon title={explain(run.error, t)} />}
      </Space>
    </Panel>
  );
}
