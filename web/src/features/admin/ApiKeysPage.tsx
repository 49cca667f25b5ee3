import '../../i18n/vi-screens';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import { AdminHead, SavedNotice, showFieldErrors, useOrganizations } from './common';

type ApiKey = Schemas['ApiKeyDto'];
type Created = Schemas['CreatedApiKeyDto'];
type Permission = Schemas['CreateApiKeyDto']['permissions'][number];
const PERMISSIONS: Permission[] = [
  'cases:intake',
  'areas:read',
  'reference:read',
  'organizations:read',
];

interface KeyValues {
  name: string;
  organizationId: string;
  permissions: Permission[];
  expiresAt?: Dayjs;
}

/** The keys of system clients (the 111 hotline's, say): issued with the secret shown once, revoked. */
export default function ApiKeysPage() {
  const { t, dateTime, date } = useI18n();
  const queryClient = useQueryClient();
  const organizations = useOrganizations();
  const orgName = (id: string) => organizations.data?.find((o) => o.id === id)?.name ?? id;
  const keys = useQuery({
    queryKey: ['api-keys'],
    queryFn: ({ signal }) => call(api.GET('/api/v1/api-keys', { signal })),
  });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const revoke = useMutation({
    mutationFn: (key: ApiKey) =>
      call(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id: key.id } } })),
    onSuccess: (_, key) => {
      setNotice(t('admin.keys.revoked', { name: key.name }));
      void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  const columns: Column<ApiKey>[] = [
    {
      key: 'name',
      title: t('admin.keys.col.name'),
      render: (key) => (
        <>
          {key.name}
          <div className="secondary-text">{key.prefix}…</div>
        </>
      ),
    },
    {
      key: 'org',
      title: t('admin.keys.col.organization'),
      wide: true,
      render: (key) => orgName(key.organizationId),
    },
    {
      key: 'permissions',
      title: t('admin.keys.col.permissions'),
      wide: true,
      render: (key) => key.permissions.join(', '),
    },
    {
      key: 'expires',
      title: t('admin.keys.col.expires'),
      wide: true,
      render: (key) => date(key.expiresAt),
    },
    {
      key: 'used',
      title: t('admin.keys.col.lastUsed'),
      wide: true,
      render: (key) => dateTime(key.lastUsedAt),
    },
    {
      key: 'state',
      title: t('admin.col.active'),
      render: (key) =>
        key.revokedAt
          ? t('admin.keys.revokedAt', { date: dateTime(key.revokedAt) })
          : t('admin.active'),
    },
    {
      key: 'actions',
      title: t('admin.col.actions'),
      render: (key) =>
        !key.revokedAt && (
          <Popconfirm
            title={t('admin.keys.revokeConfirm', { name: key.name })}
            okText={t('admin.keys.revoke')}
            cancelText={t('admin.cancel')}
            onConfirm={() => revoke.mutate(key)}
          >
            <Button size="small" danger>
              {t('admin.keys.revoke')}
              <span className="visually-hidden"> {key.name}</span>
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <Space direction="vertical" size="middle" className="page">
      <AdminHead
        title={t('admin.keys.title')}
        intro={t('admin.keys.intro')}
        action={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('admin.keys.new')}
          </Button>
        }
      />
      {created && (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={t('admin.keys.createdTitle', { name: created.name })}
          description={
            <>
              <p>{t('admin.keys.shownOnce')}</p>
              <Typography.Paragraph
                copyable={{
                  text: created.key,
                  tooltips: [t('admin.keys.copy'), t('admin.keys.copied')],
                }}
                code
                className="secret"
                aria-label={t('admin.keys.secret')}
              >
                {created.key}
              </Typography.Paragraph>
            </>
          }
          closable
          onClose={() => setCreated(null)}
        />
      )}
      <SavedNotice notice={notice} onClose={() => setNotice(null)} />
      {revoke.error && <ErrorAlert error={revoke.error} />}
      {keys.error && <ErrorAlert error={keys.error} />}
      <DataTable<ApiKey>
        caption={t('admin.keys.title')}
        columns={columns}
        rows={keys.data?.items ?? []}
        rowKey={(key) => key.id}
        busy={keys.isFetching}
        empty={keys.isPending ? t('common.loading') : t('admin.keys.empty')}
      />
      {creating && (
        <KeyForm
          onClose={() => setCreating(false)}
          onCreated={(key) => {
            setCreating(false);
            setNotice(null);
            setCreated(key);
            void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
          }}
        />
      )}
    </Space>
  );
}

function KeyForm(props: { onClose: () => void; onCreated: (key: Created) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<KeyValues>();
  const [placed, setPlaced] = useState(false);
  const organizations = useOrganizations();
  const save = useMutation({
    mutationFn: (values: KeyValues) =>
      call(
        api.POST('/api/v1/api-keys', {
          body: {
            name: values.name,
            organizationId: values.organizationId,
            permissions: values.permissions,
            expiresAt: values.expiresAt?.format('YYYY-MM-DD'),
          },
        }),
      ),
    onSuccess: props.onCreated,
    onError: (error) => setPlaced(showFieldErrors(form, error)),
  });
  const required = (field: string) => [{ required: true, message: t('admin.required', { field }) }];
  return (
    <Modal
      open
      title={t('admin.keys.new')}
      okText={t('admin.keys.create')}
      cancelText={t('admin.cancel')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<KeyValues>
        form={form}
        layout="vertical"
        initialValues={{ permissions: ['cases:intake'] }}
        onFinish={(values) => save.mutate(values)}
      >
        {save.error && !placed && <ErrorAlert error={save.error} />}
        <Form.Item name="name" label={t('admin.keys.name')} rules={required(t('admin.keys.name'))}>
          <Input />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('admin.keys.organization')}
          rules={required(t('admin.keys.organization'))}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(organizations.data ?? [])
              .filter((o) => o.active)
              .map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={t('admin.keys.permissions')}
          rules={required(t('admin.keys.permissions'))}
        >
          <Checkbox.Group
            className="checkbox-column"
            options={PERMISSIONS.map((p) => ({ value: p, label: p }))}
          />
        </Form.Item>
        <Form.Item
          name="expiresAt"
          label={t('admin.keys.expiresAt')}
          extra={t('admin.keys.expiresHelp')}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
