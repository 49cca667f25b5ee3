import '../../i18n/vi-screens';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { saveDownload } from '../../api/download';
import { ErrorAlert, fieldMessage } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { AdminHead, SavedNotice } from './common';

type Activity = Schemas['ProcessingActivityDto'];
type Field = Exclude<keyof Activity, 'code' | 'name' | 'updatedAt'>;

const FIELDS: [Field, MessageKey][] = [
  ['purpose', 'admin.register.purpose'],
  ['legalBasis', 'admin.register.legalBasis'],
  ['dataSubjects', 'admin.register.dataSubjects'],
  ['dataCategories', 'admin.register.dataCategories'],
  ['sensitiveCategories', 'admin.register.sensitiveCategories'],
  ['recipients', 'admin.register.recipients'],
  ['transfersAbroad', 'admin.register.transfersAbroad'],
  ['retention', 'admin.register.retention'],
  ['safeguards', 'admin.register.safeguards'],
];

/**
 * The processing register (Law 91/2025): each activity that processes personal data, its purpose,
 * basis, data, recipients, retention and safeguards; edited here and downloaded for the impact
 * assessment.
 */
export default function RegisterPage() {
  const { t } = useI18n();
  const [notice, setNotice] = useState<string | null>(null);
  const activities = useQuery({
    queryKey: ['privacy', 'register'],
    queryFn: ({ signal }) => call(api.GET('/api/v1/privacy/register', { signal })),
  });
  const download = useMutation({
    mutationFn: () =>
      saveDownload(
        api.GET('/api/v1/privacy/register/file', { parseAs: 'blob' }),
        t('admin.register.fileName'),
      ),
  });
  return (
    <Space direction="vertical" size="middle" className="page">
      <AdminHead
        title={t('admin.register.title')}
        intro={t('admin.register.intro')}
        action={
          <Button
            icon={<DownloadOutlined aria-hidden />}
            onClick={() => download.mutate()}
            loading={download.isPending}
          >
            {t('admin.register.download')}
          </Button>
        }
      />
      {download.error && <ErrorAlert error={download.error} />}
      {activities.error && <ErrorAlert error={activities.error} />}
      <SavedNotice notice={notice} onClose={() => setNotice(null)} />
      {activities.data?.map((activity) => (
        <ActivityPanel
          key={`${activity.code}:${activity.updatedAt}`}
          activity={activity}
          onSaved={() => setNotice(t('admin.register.saved', { name: activity.name }))}
        />
      ))}
    </Space>
  );
}

function ActivityPanel({ activity, onSaved }: { activity: Activity; onSaved: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Record<Field, string>>();
  const save = useMutation({
    mutationFn: (values: Record<Field, string>) =>
      call(
        api.PATCH('/api/v1/privacy/register/{code}', {
          params: { path: { code: activity.code } },
          body: values,
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData<Activity[]>(['privacy', 'register'], (all) =>
        all?.map((a) => (a.code === saved.code ? saved : a)),
      );
      onSaved();
    },
  });
  const errorOf = (field: Field) => fieldMessage(save.error, field);
  return (
    <Panel title={activity.name}>
      {editing ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={Object.fromEntries(FIELDS.map(([field]) => [field, activity[field]]))}
          onFinish={(values) => save.mutate(values)}
        >
          {FIELDS.map(([field, label]) => (
            <Form.Item
              key={field}
              name={field}
              label={t(label)}
              help={errorOf(field)}
              validateStatus={errorOf(field) ? 'error' : undefined}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={4000} />
            </Form.Item>
          ))}
          {save.error && !FIELDS.some(([field]) => errorOf(field)) && (
            <ErrorAlert error={save.error} />
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('admin.register.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('admin.register.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <>
          <Descriptions column={1} size="small" bordered>
            {FIELDS.map(([field, label]) => (
              <Descriptions.Item key={field} label={t(label)}>
                {activity[field]}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Button className="register-edit" onClick={() => setEditing(true)}>
            {t('admin.register.edit')}
            <span className="visually-hidden"> {activity.name}</span>
          </Button>
        </>
      )}
    </Panel>
  );
}
