import '../../i18n/vi-record';
import { useMutation } from '@tanstack/react-query';
import {
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { apiField, fieldMessage, FormAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { useCodeName, useReference } from '../reference/hooks';
import { AnnexItem, AnnexPanel, useAnnexRows } from './AnnexItem';

type Child = Schemas['ChildDto'];
type Support = Schemas['ChildSupportDto'];
type Provider = Support['provider'];

const PROVIDER_LABEL: Record<Provider, MessageKey> = {
  state: 'support.provider.state',
  organization: 'support.provider.organization',
  donor: 'support.provider.donor',
};

/**
 * The help the child receives (an allowance, a health insurance card, a scholarship, a gift…):
 * what, from whom, when, how much and under which programme. The plans count the child helped by
 * it, as by the case work.
 */
export default function SupportsPanel({ child }: { child: Child }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { rows, remove, refresh } = useAnnexRows(
    ['children', child.id, 'supports'],
    (signal) =>
      call(
        api.GET('/api/v1/children/{id}/supports', { signal, params: { path: { id: child.id } } }),
      ),
    (supportId) =>
      call(
        api.DELETE('/api/v1/children/{id}/supports/{supportId}', {
          params: { path: { id: child.id, supportId } },
        }),
      ),
  );
  const writes = can('children:write');

  return (
    <AnnexPanel
      title={t('support.title')}
      intro={t('support.intro')}
      none={t('support.none')}
      rows={rows}
      item={(support, onRemove) => (
        <SupportItem key={support.id} support={support} onRemove={onRemove} />
      )}
      remove={writes ? remove : undefined}
    >
      {writes && <NewSupport childId={child.id} onSaved={refresh} />}
    </AnnexPanel>
  );
}

function SupportItem({ support, onRemove }: { support: Support; onRemove?: () => void }) {
  const { t, date } = useI18n();
  const kind = useCodeName('support-kinds');
  const when =
    support.endsOn === null
      ? t('support.since', { from: date(support.startsOn) })
      : support.endsOn === support.startsOn
        ? t('support.on', { day: date(support.startsOn) })
        : t('support.between', { from: date(support.startsOn), to: date(support.endsOn) });
  return (
    <AnnexItem
      name={kind(support.kind)}
      details={[
        when,
        support.providerName
          ? t('support.providerNamed', {
              provider: t(PROVIDER_LABEL[support.provider]),
              name: support.providerName,
            })
          : t(PROVIDER_LABEL[support.provider]),
        support.amount === null ? null : t('support.amountOf', { amount: support.amount }),
        support.programme,
      ]}
      removeConfirm={t('support.removeConfirm')}
      onRemove={onRemove}
    />
  );
}

interface NewValues {
  kind?: string;
  provider: Provider;
  providerName?: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs | null;
  amount?: number | null;
  programme?: string;
}

function NewSupport({ childId, onSaved }: { childId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const kinds = useReference('support-kinds');
  const kind = useCodeName('support-kinds');
  const [form] = Form.useForm<NewValues>();
  const provider = Form.useWatch('provider', form);
  const save = useMutation({
    mutationFn: (values: NewValues) =>
      call(
        api.POST('/api/v1/children/{id}/supports', {
          params: { path: { id: childId } },
          body: {
            kind: values.kind ?? '',
            provider: values.provider,
            providerName: values.providerName?.trim() || undefined,
            startsOn: values.startsOn?.format('YYYY-MM-DD') ?? '',
            endsOn: values.endsOn?.format('YYYY-MM-DD'),
            amount: values.amount ?? undefined,
            programme: values.programme?.trim() || undefined,
          },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      onSaved();
    },
  });
  const errorOf = (field: keyof NewValues) => fieldMessage(save.error, field);
  const fields = [
    'kind',
    'provider',
    'providerName',
    'startsOn',
    'endsOn',
    'amount',
    'programme',
  ] as const;
  const item = (field: keyof NewValues) => apiField(save.error, field);
  return (
    <Form<NewValues>
      form={form}
      // Its fields' ids are the form's name and theirs: the record's page has several forms.
      name="support"
      layout="vertical"
      initialValues={{ provider: 'state', startsOn: dayjs() }}
      onFinish={(values) => save.mutate(values)}
      className="support-new"
    >
      <Typography.Title level={3} className="panel-subtitle">
        {t('support.new')}
      </Typography.Title>
      <Form.Item {...item('kind')} label={t('support.kind')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={(kinds.data ?? []).map((entry) => ({
            value: entry.code,
            label: kind(entry.code),
          }))}
        />
      </Form.Item>
      <Form.Item {...item('provider')} label={t('support.provider')}>
        <Radio.Group
          options={(['state', 'organization', 'donor'] as const).map((value) => ({
            value,
            label: t(PROVIDER_LABEL[value]),
          }))}
        />
      </Form.Item>
      {provider && provider !== 'state' && (
        <Form.Item {...item('providerName')} label={t('support.providerName')}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Space wrap align="start">
        <Form.Item {...item('startsOn')} label={t('support.startsOn')}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
        <Form.Item
          {...item('endsOn')}
          label={t('support.endsOn')}
          help={errorOf('endsOn') ?? t('support.endsOnHelp')}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item {...item('amount')} label={t('support.amount')}>
          <InputNumber min={0} step={100000} className="support-amount" />
        </Form.Item>
      </Space>
      <Form.Item {...item('programme')} label={t('support.programme')}>
        <Input maxLength={300} />
      </Form.Item>
      <FormAlert error={save.error} fields={fields} />
      <Button htmlType="submit" loading={save.isPending}>
        {t('support.record')}
      </Button>
    </Form>
  );
}
