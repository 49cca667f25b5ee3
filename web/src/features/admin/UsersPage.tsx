import '../../i18n/vi-screens';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import { useAreaNames, useCommunes, useProvinces } from '../reference/hooks';
import {
  ActiveText,
  AdminHead,
  type Role,
  ROLE_LABEL,
  ROLES,
  SavedNotice,
  showFieldErrors,
  useOrganizations,
} from './common';

type User = Schemas['UserDto'];
interface UserValues {
  username: string;
  fullName: string;
  password?: string;
  organizationId: string;
  roles: Role[];
  areaCodes: string[];
  email?: string;
}

/** Accounts: who works where, in which roles and areas; the second factor reset, deactivation. */
export default function UsersPage() {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const organizations = useOrganizations();
  const orgName = (id: string) => organizations.data?.find((o) => o.id === id)?.name ?? id;
  const users = useInfiniteQuery({
    queryKey: ['users'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      call(
        api.GET('/api/v1/users', { signal, params: { query: { limit: 50, cursor: pageParam } } }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];
  // An account's communes lie in its organisation's province.
  const areaName = useAreaNames(
    (organizations.data ?? [])
      .filter((o) => rows.some((user) => user.organizationId === o.id))
      .map((o) => o.provinceCode),
  );
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const update = useMutation({
    mutationFn: ({ user, body }: { user: User; body: Schemas['UpdateUserDto'] }) =>
      call(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body })),
    onSuccess: (user, { body }) => {
      setNotice(
        body.resetMfa
          ? t('admin.users.mfaReset', { name: user.fullName })
          : t('admin.users.saved', { name: user.fullName }),
      );
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });

  const columns: Column<User>[] = [
    {
      key: 'name',
      title: t('admin.users.col.name'),
      render: (user) => (
        <>
          {user.fullName}
          <div className="secondary-text">{user.username}</div>
        </>
      ),
    },
    {
      key: 'roles',
      title: t('admin.users.col.roles'),
      render: (user) => user.roles.map((role) => t(ROLE_LABEL[role])).join(', '),
    },
    {
      key: 'organization',
      title: t('admin.users.col.organization'),
      wide: true,
      render: (user) => orgName(user.organizationId),
    },
    {
      key: 'areas',
      title: t('admin.users.col.areas'),
      wide: true,
      render: (user) => user.areaCodes.map(areaName).join(', ') || t('common.none'),
    },
    {
      key: 'mfa',
      title: t('admin.users.col.mfa'),
      wide: true,
      render: (user) => (user.mfaEnabled ? t('admin.users.mfaOn') : t('admin.users.mfaOff')),
    },
    {
      key: 'lastLogin',
      title: t('admin.users.col.lastLogin'),
      wide: true,
      render: (user) => dateTime(user.lastLoginAt),
    },
    {
      key: 'active',
      title: t('admin.col.active'),
      render: (user) => <ActiveText active={user.active} />,
    },
    {
      key: 'actions',
      title: t('admin.col.actions'),
      render: (user) => (
        <Space wrap size="small">
          <Button size="small" onClick={() => setEditing(user)}>
            {t('admin.edit')}
            <span className="visually-hidden"> {user.username}</span>
          </Button>
          {user.mfaEnabled && (
            <Popconfirm
              title={t('admin.users.resetMfaConfirm', { name: user.fullName })}
              okText={t('admin.users.resetMfa')}
              cancelText={t('admin.cancel')}
              onConfirm={() => update.mutate({ user, body: { resetMfa: true } })}
            >
              <Button size="small">
                {t('admin.users.resetMfa')}
                <span className="visually-hidden"> {user.username}</span>
              </Button>
            </Popconfirm>
          )}
          <Popconfirm
            title={
              user.active
                ? t('admin.users.deactivateConfirm', { name: user.fullName })
                : t('admin.users.activateConfirm', { name: user.fullName })
            }
            okText={user.active ? t('admin.deactivate') : t('admin.activate')}
            cancelText={t('admin.cancel')}
            onConfirm={() => update.mutate({ user, body: { active: !user.active } })}
          >
            <Button size="small" danger={user.active}>
              {user.active ? t('admin.deactivate') : t('admin.activate')}
              <span className="visually-hidden"> {user.username}</span>
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="middle" className="page">
      <AdminHead
        title={t('admin.users.title')}
        intro={t('admin.users.intro')}
        action={
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('admin.users.new')}
          </Button>
        }
      />
      <SavedNotice notice={notice} onClose={() => setNotice(null)} />
      {update.error && <ErrorAlert error={update.error} />}
      {users.error && <ErrorAlert error={users.error} />}
      <DataTable<User>
        caption={t('admin.users.title')}
        columns={columns}
        rows={rows}
        rowKey={(user) => user.id}
        busy={users.isFetching}
        empty={users.isPending ? t('common.loading') : t('admin.users.empty')}
      />
      {users.hasNextPage && (
        <Button onClick={() => void users.fetchNextPage()} loading={users.isFetchingNextPage}>
          {t('admin.more')}
        </Button>
      )}
      {editing && (
        <UserForm
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(user) => {
            setEditing(null);
            setNotice(t('admin.users.saved', { name: user.fullName }));
            void queryClient.invalidateQueries({ queryKey: ['users'] });
          }}
        />
      )}
    </Space>
  );
}

/** A new account, or an account's name, roles and areas. */
function UserForm(props: {
  user: User | null;
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<UserValues>();
  const [placed, setPlaced] = useState(false);
  const organizations = useOrganizations();
  const organizationId = Form.useWatch('organizationId', form) ?? props.user?.organizationId;
  const organization = organizations.data?.find((o) => o.id === organizationId);
  const provinces = useProvinces();
  const communes = useCommunes(organization ? [organization.provinceCode] : []);
  const save = useMutation({
    mutationFn: (values: UserValues) =>
      props.user
        ? call(
            api.PATCH('/api/v1/users/{id}', {
              params: { path: { id: props.user.id } },
              body: {
                fullName: values.fullName,
                roles: values.roles,
                areaCodes: values.areaCodes,
                email: values.email || null,
              },
            }),
          )
        : call(
            api.POST('/api/v1/users', {
              body: {
                username: values.username,
                fullName: values.fullName,
                password: values.password ?? '',
                organizationId: values.organizationId,
                roles: values.roles,
                areaCodes: values.areaCodes,
                email: values.email || undefined,
              },
            }),
          ),
    onSuccess: props.onSaved,
    onError: (error) => setPlaced(showFieldErrors(form, error)),
  });
  const required = (field: string) => [{ required: true, message: t('admin.required', { field }) }];
  const areaOptions = [
    ...(provinces.data ?? [])
      .filter(
        (p) =>
          !organization || organization.type === 'ministry' || p.code === organization.provinceCode,
      )
      .map((p) => ({ value: p.code, label: p.fullName })),
    ...(communes.data ?? []).map((c) => ({ value: c.code, label: c.fullName })),
  ];
  return (
    <Modal
      open
      title={
        props.user
          ? t('admin.users.editTitle', { name: props.user.fullName })
          : t('admin.users.new')
      }
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<UserValues>
        form={form}
        layout="vertical"
        initialValues={
          props.user
            ? {
                fullName: props.user.fullName,
                organizationId: props.user.organizationId,
                roles: props.user.roles,
                areaCodes: props.user.areaCodes,
                email: props.user.email ?? '',
              }
            : { roles: [], areaCodes: [] }
        }
        onFinish={(values) => save.mutate(values)}
      >
        {save.error && !placed && <ErrorAlert error={save.error} />}
        {!props.user && (
          <Form.Item
            name="username"
            label={t('admin.users.username')}
            rules={required(t('admin.users.username'))}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="fullName"
          label={t('admin.users.fullName')}
          rules={required(t('admin.users.fullName'))}
        >
          <Input />
        </Form.Item>
        {!props.user && (
          <>
            <Form.Item
              name="password"
              label={t('admin.users.password')}
              extra={t('admin.users.passwordHelp')}
              rules={required(t('admin.users.password'))}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="organizationId"
              label={t('admin.users.organization')}
              rules={required(t('admin.users.organization'))}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(organizations.data ?? [])
                  .filter((o) => o.active)
                  .map((o) => ({ value: o.id, label: o.name }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="roles"
          label={t('admin.users.roles')}
          rules={required(t('admin.users.roles'))}
        >
          <Checkbox.Group
            className="checkbox-column"
            options={ROLES.map((role) => ({ value: role, label: t(ROLE_LABEL[role]) }))}
          />
        </Form.Item>
        <Form.Item
          name="areaCodes"
          label={t('admin.users.areas')}
          extra={t('admin.users.areasHelp')}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={areaOptions}
          />
        </Form.Item>
        <Form.Item name="email" label={t('admin.users.email')}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
