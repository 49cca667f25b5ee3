import './admin.css';
import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Typography, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, api, call, type Schemas } from '../../api/client';
import type { MessageKey } from '../../i18n/vi';
import { useI18n } from '../../i18n';

export type Organization = Schemas['OrganizationDto'];
export type Role = Schemas['UserDto']['roles'][number];

export const ROLES: Role[] = [
  'system_admin',
  'commune_officer',
  'social_worker',
  'case_approver',
  'agency_staff',
  'province_officer',
  'statistician',
];
export const ROLE_LABEL: Record<Role, MessageKey> = {
  system_admin: 'admin.role.system_admin',
  commune_officer: 'admin.role.commune_officer',
  social_worker: 'admin.role.social_worker',
  case_approver: 'admin.role.case_approver',
  agency_staff: 'admin.role.agency_staff',
  province_officer: 'admin.role.province_officer',
  statistician: 'admin.role.statistician',
};

/** The API's field errors placed on the form's fields (those it has; the others stay in the alert). */
export function showFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const byField = new Map<string, string[]>();
  for (const { field, message } of error.problem.errors) {
    const name = field.split('.')[0];
    if (known.has(name)) byField.set(name, [...(byField.get(name) ?? []), message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}

/** Every organisation (a system's few hundred), to choose from and to name. */
export function useOrganizations() {
  return useQuery({
    queryKey: ['organizations', 'all'],
    queryFn: async () => {
      const items: Organization[] = [];
      let cursor: string | undefined;
      do {
        const page = await call(
          api.GET('/api/v1/organizations', { params: { query: { limit: 200, cursor } } }),
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });
}

/** What a change just did, said politely to screen readers, until closed. */
export function SavedNotice(props: { notice: string | null; onClose: () => void }) {
  if (!props.notice) return null;
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={props.notice}
      closable
      onClose={props.onClose}
    />
  );
}

/** A screen's heading, what it is for, and its main action. */
export function AdminHead(props: { title: string; intro: string; action?: ReactNode }) {
  return (
    <div className="page-head">
      <div>
        <Typography.Title level={1} className="page-title">
          {props.title}
        </Typography.Title>
        <Typography.Text type="secondary">{props.intro}</Typography.Text>
      </div>
      {props.action && <Space wrap>{props.action}</Space>}
    </div>
  );
}

/** "Active" / "Deactivated". */
export function ActiveText({ active }: { active: boolean }) {
  const { t } = useI18n();
  return <>{active ? t('admin.active') : t('admin.inactive')}</>;
}
