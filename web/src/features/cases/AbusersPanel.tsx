import { useMutation } from '@tanstack/react-query';
import { Button, Form, Select, Space, Typography } from 'antd';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { apiField, FormAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { AnnexItem, AnnexPanel, useAnnexRows } from '../children/AnnexItem';
import { SEX_LABEL } from '../children/labels';
import { useCodeName, useReference } from '../reference/hooks';
import type { Case } from './labels';

type Abuser = Schemas['CaseAbuserDto'];
type NewValues = Pick<Abuser, 'sex' | 'age'> & { relationship?: string };

const AGE_LABEL: Record<Abuser['age'], MessageKey> = {
  minor: 'abuser.age.minor',
  adult: 'abuser.age.adult',
  unknown: 'abuser.age.unknown',
};

/**
 * The persons who abused the children of the case: who they were to the child, their sex, and
 * whether a minor; no name (the police and the courts keep who they are). Counted by the
 * statistics (III-0105); recorded by whoever holds the case, closed or not.
 */
export function AbusersPanel({ kase }: { kase: Case }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { rows, remove, refresh } = useAnnexRows(
    ['cases', 'abusers', kase.id],
    (signal) =>
      call(api.GET('/api/v1/cases/{id}/abusers', { signal, params: { path: { id: kase.id } } })),
    (abuserId) =>
      call(
        api.DELETE('/api/v1/cases/{id}/abusers/{abuserId}', {
          params: { path: { id: kase.id, abuserId } },
        }),
      ),
  );
  const writes = can('cases:work') && !kase.readOnly && !kase.anonymisedAt;
  return (
    <AnnexPanel
      title={t('abuser.title')}
      intro={t('abuser.intro')}
      none={t('abuser.none')}
      rows={rows}
      item={(abuser, onRemove) => (
        <AnnexItem
          key={abuser.id}
          name={abuser.relationshipName}
          details={[t(SEX_LABEL[abuser.sex]), t(AGE_LABEL[abuser.age])]}
          removeConfirm={t('abuser.removeConfirm')}
          onRemove={onRemove}
        />
      )}
      remove={writes ? remove : undefined}
    >
      {writes && <NewAbuser caseId={kase.id} onSaved={refresh} />}
    </AnnexPanel>
  );
}

function NewAbuser(props: { caseId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const relationships = useReference('abuser-relationships');
  const relationshipName = useCodeName('abuser-relationships');
  const [form] = Form.useForm<NewValues>();
  const save = useMutation({
    mutationFn: (values: NewValues) =>
      call(
        api.POST('/api/v1/cases/{id}/abusers', {
          params: { path: { id: props.caseId } },
          body: { relationship: values.relationship ?? '', sex: values.sex, age: values.age },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      props.onSaved();
    },
  });
  const item = (field: keyof NewValues) => apiField(save.error, field);
  return (
    <Form<NewValues>
      form={form}
      name="abuser"
      layout="vertical"
      initialValues={{ sex: 'unknown', age: 'unknown' }}
      onFinish={(values) => save.mutate(values)}
      className="support-new"
    >
      <Typography.Title level={3} className="panel-subtitle">
        {t('abuser.new')}
      </Typography.Title>
      <Space wrap align="start">
        <Form.Item
          {...item('relationship')}
          label={t('abuser.relationship')}
          rules={[{ required: true, message: t('abuser.relationshipRequired') }]}
        >
          <Select
            className="abuser-relationship"
            options={(relationships.data ?? []).map((entry) => ({
              value: entry.code,
              label: relationshipName(entry.code),
            }))}
          />
        </Form.Item>
        <Form.Item {...item('sex')} label={t('abuser.sex')}>
          <Select
            className="abuser-sex"
            options={(Object.keys(SEX_LABEL) as Abuser['sex'][]).map((value) => ({
              value,
              label: t(SEX_LABEL[value]),
            }))}
          />
        </Form.Item>
        <Form.Item {...item('age')} label={t('abuser.age')}>
          <Select
            className="abuser-age"
            options={(Object.keys(AGE_LABEL) as Abuser['age'][]).map((value) => ({
              value,
              label: t(AGE_LABEL[value]),
            }))}
          />
        </Form.Item>
      </Space>
      <FormAlert error={save.error} fields={['relationship', 'sex', 'age']} />
      <div>
        <Button htmlType="submit" loading={save.isPending}>
          {t('abuser.record')}
        </Button>
      </div>
    </Form>
  );
}
