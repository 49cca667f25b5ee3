import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { apiField, explain, fieldMessage } from '../../app/errors';
import { useI18n } from '../../i18n';
import { AnnexItem, AnnexPanel, useAnnexRows } from '../children/AnnexItem';
import { useCodeName, useReference } from '../reference/hooks';
import { type Case, VIOLATOR_LABEL, VIOLATORS_LABEL } from './labels';

type Sanction = Schemas['CaseSanctionDto'];
type Violator = Sanction['violatorKind'];

/**
 * The administrative sanctions decided for the abuse in the case: each decision's number and day,
 * who decided, who was sanctioned, for what and the fine. Counted by the statistics of Circular 13;
 * recorded by whoever holds the case, closed or not, as the decisions come.
 */
export function SanctionsPanel({ kase }: { kase: Case }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { rows, remove, refresh } = useAnnexRows(
    ['cases', 'sanctions', kase.id],
    (signal) =>
      call(api.GET('/api/v1/cases/{id}/sanctions', { signal, params: { path: { id: kase.id } } })),
    (sanctionId) =>
      call(
        api.DELETE('/api/v1/cases/{id}/sanctions/{sanctionId}', {
          params: { path: { id: kase.id, sanctionId } },
        }),
      ),
  );
  const writes = can('cases:work') && !kase.readOnly && !kase.anonymisedAt;

  return (
    <AnnexPanel
      title={t('sanction.title')}
      intro={t('sanction.intro')}
      none={t('sanction.none')}
      rows={rows}
      item={(sanction, onRemove) => (
        <SanctionItem key={sanction.id} sanction={sanction} onRemove={onRemove} />
      )}
      remove={writes ? remove : undefined}
    >
      {writes && <NewSanction caseId={kase.id} forms={kase.concerns} onSaved={refresh} />}
    </AnnexPanel>
  );
}

function SanctionItem({ sanction, onRemove }: { sanction: Sanction; onRemove?: () => void }) {
  const { t, date } = useI18n();
  const form = useCodeName('abuse-forms');
  return (
    <AnnexItem
      name={t('sanction.decision', {
        number: sanction.decisionNumber,
        day: date(sanction.decidedOn),
      })}
      details={[
        sanction.authority,
        sanction.violators > 1
          ? t(VIOLATORS_LABEL[sanction.violatorKind], { count: sanction.violators })
          : t(VIOLATOR_LABEL[sanction.violatorKind]),
        form(sanction.form),
        sanction.fine === null
          ? t('sanction.noFine')
          : t('sanction.fineOf', { amount: sanction.fine }),
        sanction.measures,
      ]}
      removeConfirm={t('sanction.removeConfirm')}
      onRemove={onRemove}
    />
  );
}

interface NewValues {
  decisionNumber?: string;
  decidedOn?: Dayjs;
  authority?: string;
  violatorKind: Violator;
  violators?: number | null;
  form?: string;
  fine?: number | null;
  measures?: string;
}

function NewSanction(props: { caseId: string; forms: string[]; onSaved: () => void }) {
  const { t } = useI18n();
  const forms = useReference('abuse-forms');
  const formName = useCodeName('abuse-forms');
  const [form] = Form.useForm<NewValues>();
  const save = useMutation({
    mutationFn: (values: NewValues) =>
      call(
        api.POST('/api/v1/cases/{id}/sanctions', {
          params: { path: { id: props.caseId } },
          body: {
            decisionNumber: values.decisionNumber?.trim() ?? '',
            decidedOn: values.decidedOn?.format('YYYY-MM-DD') ?? '',
            authority: values.authority?.trim() ?? '',
            violatorKind: values.violatorKind,
            violators: values.violators ?? 1,
            form: values.form ?? '',
            fine: values.fine ?? undefined,
            measures: values.measures?.trim() || undefined,
          },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      props.onSaved();
    },
  });
  const fields = [
    'decisionNumber',
    'decidedOn',
    'authority',
    'violatorKind',
    'violators',
    'form',
    'fine',
    'measures',
  ] as const;
  const underAField = fields.some((field) => fieldMessage(save.error, field));
  const item = (field: keyof NewValues) => apiField(save.error, field);
  return (
    <Form<NewValues>
      form={form}
      name="sanction"
      layout="vertical"
      // The case's own form of abuse first: most decisions sanction what it reported.
      initialValues={{
        violatorKind: 'individual',
        violators: 1,
        decidedOn: dayjs(),
        form: props.forms[0],
      }}
      onFinish={(values) => save.mutate(values)}
      className="support-new"
    >
      <Typography.Title level={3} className="panel-subtitle">
        {t('sanction.new')}
      </Typography.Title>
      <Space wrap align="start">
        <Form.Item {...item('decisionNumber')} label={t('sanction.decisionNumber')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item {...item('decidedOn')} label={t('sanction.decidedOn')}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
        <Form.Item {...item('violatorKind')} label={t('sanction.violator')}>
          <Select
            className="sanction-violator"
            options={(Object.keys(VIOLATOR_LABEL) as Violator[]).map((value) => ({
              value,
              label: t(VIOLATOR_LABEL[value]),
            }))}
          />
        </Form.Item>
        <Form.Item {...item('violators')} label={t('sanction.violators')}>
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item {...item('form')} label={t('sanction.form')}>
          <Select
            className="sanction-form"
            options={(forms.data ?? []).map((entry) => ({
              value: entry.code,
              label: formName(entry.code),
            }))}
          />
        </Form.Item>
        <Form.Item {...item('fine')} label={t('sanction.fine')}>
          <InputNumber min={0} step={500000} className="amount" />
        </Form.Item>
      </Space>
      <Form.Item {...item('authority')} label={t('sanction.authority')}>
        <Input maxLength={200} placeholder={t('sanction.authorityHint')} />
      </Form.Item>
      <Form.Item {...item('measures')} label={t('sanction.measures')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {save.error && !underAField && <Alert type="error" showIcon title={explain(save.error, t)} />}
      <Button htmlType="submit" loading={save.isPending}>
        {t('sanction.record')}
      </Button>
    </Form>
  );
}
