import '../../i18n/vi-screens';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import { AdminHead, showFieldErrors } from './common';

type Webhook = Schemas['WebhookDto'];
type Created = Schemas['NewWebhookDto'];
type Delivery = Schemas['WebhookDeliveryDto'];

/** An organisation's webhooks: register one (its signing secret shown once), switch off, deliveries. */
export default function WebhooksPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ url: string }>();
  const [placed, setPlaced] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const organization = useQuery({
    queryKey: ['organizations', id],
    queryFn: () => call(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
  });
  const webhooks = useQuery({
    queryKey: ['webhooks', id],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/organizations/{id}/webhooks', { signal, params: { path: { id } } })),
  });
  const create = useMutation({
    mutationFn: (values: { url: string }) =>
      call(
        api.POST('/api/v1/organizations/{id}/webhooks', {
          params: { path: { id } },
          body: { url: values.url },
        }),
      ),
    onSuccess: (hook) => {
      setCreated(hook);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['webhooks', id] });
    },
    onError: (error) => setPlaced(showFieldErrors(form, error)),
  });
  const toggle = useMutation({
    mutationFn: (hook: Webhook) =>
      call(
        api.PATCH('/api/v1/webhooks/{id}', {
          params: { path: { id: hook.id } },
          body: { active: !hook.active },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['webhooks', id] }),
  });
  const columns: Column<Webhook>[] = [
    {
      key: 'url',
      title: t('admin.hooks.col.url'),
      render: (hook) => <code className="break">{hook.url}</code>,
    },
    {
      key: 'events',
      title: t('admin.hooks.col.events'),
      wide: true,
      render: (hook) => hook.events.join(', ') || t('admin.hooks.allEvents'),
    },
    {
      key: 'active',
      title: t('admin.col.active'),
      render: (hook) => (hook.active ? t('admin.active') : t('admin.inactive')),
    },
    {
      key: 'actions',
      title: t('admin.col.actions'),
      render: (hook) => (
        <Space wrap size="small">
          <Button
            size="small"
            onClick={() => setOpen(open === hook.id ? null : hook.id)}
            aria-expanded={open === hook.id}
          >
            {t('admin.hooks.deliveries')}
            <span className="visually-hidden"> {hook.url}</span>
          </Button>
          <Popconfirm
            title={
              hook.active ? t('admin.hooks.deactivateConfirm') : t('admin.hooks.activateConfirm')
            }
            okText={hook.active ? t('admin.deactivate') : t('admin.activate')}
            cancelText={t('admin.cancel')}
            onConfirm={() => toggle.mutate(hook)}
          >
            <Button size="small" danger={hook.active}>
              {hook.active ? t('admin.deactivate') : t('admin.activate')}
              <span className="visually-hidden"> {hook.url}</span>
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  const name = organization.data?.name ?? '';
  return (
    <Space direction="vertical" size="middle" className="page">
      <Link to="/admin/organizations">{t('admin.hooks.back')}</Link>
      <AdminHead title={t('admin.hooks.title', { name })} intro={t('admin.hooks.intro')} />
      {created && (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={t('admin.hooks.createdTitle')}
          description={
            <>
              <p>{t('admin.hooks.shownOnce')}</p>
              <Typography.Paragraph
                copyable={{
                  text: created.secret,
                  tooltips: [t('admin.keys.copy'), t('admin.keys.copied')],
                }}
                code
                className="secret"
              >
                {created.secret}
              </Typography.Paragraph>
            </>
          }
          closable
          onClose={() => setCreated(null)}
        />
      )}
      {(webhooks.error ?? toggle.error) && <ErrorAlert error={webhooks.error ?? toggle.error} />}
      <DataTable<Webhook>
        caption={t('admin.hooks.title', { name })}
        columns={columns}
        rows={webhooks.data ?? []}
        rowKey={(hook) => hook.id}
        busy={webhooks.isFetching}
        empty={webhooks.isPending ? t('common.loading') : t('admin.hooks.empty')}
      />
      {open && <Deliveries webhook={webhooks.data?.find((hook) => hook.id === open)} />}
      <Panel title={t('admin.hooks.new')}>
        <Form form={form} layout="vertical" onFinish={(values) => create.mutate(values)}>
          {create.error && !placed && <ErrorAlert error={create.error} />}
          <Form.Item
            name="url"
            label={t('admin.hooks.url')}
            extra={t('admin.hooks.urlHelp')}
            rules={[
              { required: true, message: t('admin.required', { field: t('admin.hooks.url') }) },
            ]}
          >
            <Input type="url" placeholder="https://" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('admin.hooks.create')}
          </Button>
        </Form>
      </Panel>
    </Space>
  );
}

/** A webhook's deliveries, newest first, each with its attempts; a failed one replayed. */
function Deliveries({ webhook }: { webhook: Webhook | undefined }) {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    queryKey: ['webhook-deliveries', webhook?.id],
    enabled: !!webhook,
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/webhooks/{id}/deliveries', {
          signal,
          params: { path: { id: webhook!.id }, query: { limit: 50 } },
        }),
      ),
  });
  const replay = useMutation({
    mutationFn: (delivery: Delivery) =>
      call(
        api.POST('/api/v1/webhook-deliveries/{id}/replay', {
          params: { path: { id: delivery.id } },
        }),
      ),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', webhook?.id] }),
  });
  const columns: Column<Delivery>[] = [
    { key: 'at', title: t('admin.hooks.col.createdAt'), render: (d) => dateTime(d.createdAt) },
    { key: 'kind', title: t('admin.hooks.col.kind'), render: (d) => <code>{d.kind}</code> },
    {
      key: 'state',
      title: t('admin.hooks.col.state'),
      render: (d) => t(`admin.hooks.state.${d.state}`),
    },
    {
      key: 'attempts',
      title: t('admin.hooks.col.attempts'),
      align: 'right',
      render: (d) => String(d.attempts),
    },
    {
      key: 'delivered',
      title: t('admin.hooks.col.deliveredAt'),
      wide: true,
      render: (d) => dateTime(d.deliveredAt),
    },
    {
      key: 'replay',
      title: t('admin.col.actions'),
      render: (d) =>
        d.state !== 'pending' && (
          <Button
            size="small"
            onClick={() => replay.mutate(d)}
            loading={replay.isPending && replay.variables?.id === d.id}
          >
            {t('admin.hooks.replay')}
            <span className="visually-hidden"> {d.eventId}</span>
          </Button>
        ),
    },
  ];
  return (
    <Panel title={t('admin.hooks.deliveriesOf', { url: webhook?.url ?? '' })}>
      {(deliveries.error ?? replay.error) && (
        <ErrorAlert error={deliveries.error ?? replay.error} />
      )}
      {replay.isSuccess && (
        <Alert type="success" showIcon role="status" title={t('admin.hooks.replayed')} />
      )}
      <DataTable<Delivery>
        caption={t('admin.hooks.deliveriesOf', { url: webhook?.url ?? '' })}
        columns={columns}
        rows={deliveries.data?.items ?? []}
        rowKey={(d) => d.id}
        busy={deliveries.isFetching}
        empty={deliveries.isPending ? t('common.loading') : t('admin.hooks.noDeliveries')}
      />
    </Panel>
  );
}
