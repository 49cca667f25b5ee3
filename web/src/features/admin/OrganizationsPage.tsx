import '../../i18n/vi-screens';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import {
  useAreaNames,
  useCodeName,
  useCommunes,
  useProvinces,
  useReference,
} from '../reference/hooks';
import {
  ActiveText,
  AdminHead,
  type Organization,
  SavedNotice,
  showFieldErrors,
  useOrganizations,
} from './common';

interface OrganizationValues {
  name: string;
  type: Organization['type'];
  provinceCode: string;
  communeCode?: string;
}

/** The organisations accounts belong to and referrals go to: create, rename, deactivate. */
export default function OrganizationsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const organizations = useOrganizations();
  const typeName = useCodeName('organization-types');
  const areaName = useAreaNames((organizations.data ?? []).map((org) => org.provinceCode));
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const update = useMutation({
    mutationFn: ({ org, body }: { org: Organization; body: Schemas['UpdateOrganizationDto'] }) =>
      call(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id: org.id } }, body })),
    onSuccess: (org) => {
      setNotice(t('admin.orgs.saved', { name: org.name }));
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
  const columns: Column<Organization>[] = [
    { key: 'name', title: t('admin.orgs.col.name'), render: (org) => org.name },
    {
      key: 'type',
      title: t('admin.orgs.col.type'),
      wide: true,
      render: (org) => typeName(org.type),
    },
    {
      key: 'area',
      title: t('admin.orgs.col.area'),
      wide: true,
      render: (org) => areaName(org.communeCode ?? org.provinceCode),
    },
    {
      key: 'active',
      title: t('admin.col.active'),
      render: (org) => <ActiveText active={org.active} />,
    },
    {
      key: 'actions',
      title: t('admin.col.actions'),
      render: (org) => (
        <Space wrap size="small">
          <Button size="small" onClick={() => setEditing(org)}>
            {t('admin.edit')}
            <span className="visually-hidden"> {org.name}</span>
          </Button>
          {can('organizations:manage') && (
            <Link to={`/admin/organizations/${org.id}/webhooks`}>
              {t('admin.orgs.webhooks')}
              <span className="visually-hidden"> {org.name}</span>
            </Link>
          )}
          <Popconfirm
            title={
              org.active
                ? t('admin.orgs.deactivateConfirm', { name: org.name })
                : t('admin.orgs.activateConfirm', { name: org.name })
            }
            okText={org.active ? t('admin.deactivate') : t('admin.activate')}
            cancelText={t('admin.cancel')}
            onConfirm={() => update.mutate({ org, body: { active: !org.active } })}
          >
            <Button size="small" danger={org.active}>
              {org.active ? t('admin.deactivate') : t('admin.activate')}
              <span className="visually-hidden"> {org.name}</span>
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  const rows = [...(organizations.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return (
    <Space direction="vertical" size="middle" className="page">
      <AdminHead
        title={t('admin.orgs.title')}
        intro={t('admin.orgs.intro')}
        action={
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('admin.orgs.new')}
          </Button>
        }
      />
      <SavedNotice notice={notice} onClose={() => setNotice(null)} />
      {update.error && <ErrorAlert error={update.error} />}
      {organizations.error && <ErrorAlert error={organizations.error} />}
      <DataTable<Organization>
        caption={t('admin.orgs.title')}
        columns={columns}
        rows={rows}
        rowKey={(org) => org.id}
        busy={organizations.isFetching}
        empty={organizations.isPending ? t('common.loading') : t('admin.orgs.empty')}
      />
      {editing && (
        <OrganizationForm
          organization={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(org) => {
            setEditing(null);
            setNotice(t('admin.orgs.saved', { name: org.name }));
            void queryClient.invalidateQueries({ queryKey: ['organizations'] });
          }}
        />
      )}
    </Space>
  );
}

function OrganizationForm(props: {
  organization: Organization | null;
  onClose: () => void;
  onSaved: (org: Organization) => void;
}) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<OrganizationValues>();
  const [placed, setPlaced] = useState(false);
  const types = useReference('organization-types').data ?? [];
  const provinces = useProvinces().data ?? [];
  const provinceCode = Form.useWatch('provinceCode', form);
  const communes = useCommunes(provinceCode ? [provinceCode] : []).data ?? [];
  const save = useMutation({
    mutationFn: (values: OrganizationValues) =>
      props.organization
        ? call(
            api.PATCH('/api/v1/organizations/{id}', {
              params: { path: { id: props.organization.id } },
              body: { name: values.name },
            }),
          )
        : call(
            api.POST('/api/v1/organizations', {
              body: {
                name: values.name,
                type: values.type,
                provinceCode: values.provinceCode,
                communeCode: values.communeCode || undefined,
              },
            }),
          ),
    onSuccess: props.onSaved,
    onError: (error) => setPlaced(showFieldErrors(form, error)),
  });
  const required = (field: string) => [{ required: true, message: t('admin.required', { field }) }];
  return (
    <Modal
      open
      title={
        props.organization
          ? t('admin.orgs.editTitle', { name: props.organization.name })
          : t('admin.orgs.new')
      }
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<OrganizationValues>
        form={form}
        layout="vertical"
        initialValues={props.organization ? { name: props.organization.name } : {}}
        onFinish={(values) => save.mutate(values)}
      >
        {save.error && !placed && <ErrorAlert error={save.error} />}
        <Form.Item name="name" label={t('admin.orgs.name')} rules={required(t('admin.orgs.name'))}>
          <Input />
        </Form.Item>
        {!props.organization && (
          <>
            <Form.Item
              name="type"
              label={t('admin.orgs.type')}
              rules={required(t('admin.orgs.type'))}
            >
              <Select
                options={types.map((type) => ({
                  value: type.code,
                  label: language === 'en' && type.nameEn ? type.nameEn : type.name,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="provinceCode"
              label={t('admin.orgs.province')}
              rules={required(t('admin.orgs.province'))}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={provinces.map((p) => ({ value: p.code, label: p.fullName }))}
              />
            </Form.Item>
            <Form.Item
              name="communeCode"
              label={t('admin.orgs.commune')}
              extra={t('admin.orgs.communeHelp')}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={communes.map((c) => ({ value: c.code, label: c.fullName }))}
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
