import { useMutation } from '@tanstack/react-query';
import {
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { apiField, FormAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import { AnnexItem, AnnexPanel, useAnnexRows } from '../children/AnnexItem';
import { useCodeName, useReference } from '../reference/hooks';
import { type Case, VIOLATOR_LABEL, VIOLATORS_LABEL } from './labels';

type Sanction = Schemas['CaseSanctionDto'];
type Violator = Sanction['violatorKind'];

/**
 * The administrative violations of abuse in the case and the decisions sanctioning them: each
 * violation when it was detected, who committed it and what, and once decided the decision's
 * number and day, who decided and the fine. Counted by the statistics of Circular 13; recorded by
 * whoever holds the case, closed or not, as they come.
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
        <SanctionItem
          key={sanction.id}
          sanction={sanction}
          onRemove={onRemove}
          onDecided={writes ? refresh : undefined}
        />
      )}
      remove={writes ? remove : undefined}
    >
      {writes && <NewSanction caseId={kase.id} forms={kase.concerns} onSaved={refresh} />}
    </AnnexPanel>
  );
}

/** A violation; for whoever may record it, its decision when it has none yet. */
function SanctionItem(props: {
  sanction: Sanction;
  onRemove?: () => void;
  onDecided?: () => void;
}) {
  const { sanction, onDecided } = props;
  const { t, date } = useI18n();
  const form = useCodeName('abuse-forms');
  const [deciding, setDeciding] = useState(false);
  const { decisionNumber, decidedOn } = sanction;
  const decided = decisionNumber !== null && decidedOn !== null;
  return (
    <AnnexItem
      name={
        decided
          ? t('sanction.decision', { number: decisionNumber, day: date(decidedOn) })
          : t('sanction.detected', { day: date(sanction.detectedOn) })
      }
      details={[
        decided && sanction.detectedOn !== decidedOn
          ? t('sanction.detectedOn', { day: date(sanction.detectedOn) })
          : null,
        sanction.authority,
        sanction.violators > 1
          ? t(VIOLATORS_LABEL[sanction.violatorKind], { count: sanction.violators })
          : t(VIOLATOR_LABEL[sanction.violatorKind]),
        form(sanction.form),
        !decided
          ? t('sanction.undecided')
          : sanction.fine === null
            ? t('sanction.noFine')
            : t('sanction.fineOf', { amount: sanction.fine }),
        sanction.measures,
      ]}
      actions={
        !decided &&
        onDecided &&
        !deciding && (
          <Button size="small" onClick={() => setDeciding(true)}>
            {t('sanction.decide')}
          </Button>
        )
      }
      removeConfirm={t('sanction.removeConfirm')}
      onRemove={props.onRemove}
    >
      {deciding && onDecided && (
        <DecideSanction
          sanction={sanction}
          onCancel={() => setDeciding(false)}
          onSaved={() => {
            setDeciding(false);
            onDecided();
          }}
        />
      )}
    </AnnexItem>
  );
}

/** A decision's own fields, as both forms name them. */
interface DecisionValues {
  decisionNumber?: string;
  decidedOn?: Dayjs;
  authority?: string;
  fine?: number | null;
  measures?: string;
}

/** The decision as the API takes it. */
const decisionBody = (values: DecisionValues) => ({
  decisionNumber: values.decisionNumber?.trim() ?? '',
  decidedOn: values.decidedOn?.format('YYYY-MM-DD') ?? '',
  fine: values.fine ?? undefined,
  measures: values.measures?.trim() || undefined,
});

/** The decision's number, day and fine; its other penalties below them. */
function DecisionFields({ error }: { error: Error | null }) {
  const { t } = useI18n();
  const item = (field: keyof DecisionValues) => apiField(error, field);
  return (
    <>
      <Space wrap align="start">
        <Form.Item {...item('decisionNumber')} label={t('sanction.decisionNumber')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item {...item('decidedOn')} label={t('sanction.decidedOn')}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
        <Form.Item {...item('fine')} label={t('sanction.fine')}>
          <InputNumber min={0} step={500000} className="amount" />
        </Form.Item>
      </Space>
      <Form.Item {...item('measures')} label={t('sanction.measures')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}

function DecideSanction(props: { sanction: Sanction; onCancel: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { sanction } = props;
  const save = useMutation({
    mutationFn: (values: DecisionValues) =>
      call(
        api.POST('/api/v1/cases/{id}/sanctions/{sanctionId}/decision', {
          params: { path: { id: sanction.caseId, sanctionId: sanction.id } },
          body: { ...decisionBody(values), authority: values.authority?.trim() || undefined },
        }),
      ),
    onSuccess: props.onSaved,
  });
  return (
    <Form<DecisionValues>
      name={`sanction-${sanction.id}`}
      layout="vertical"
      initialValues={{ decidedOn: dayjs(), authority: sanction.authority }}
      onFinish={(values) => save.mutate(values)}
      className="sanction-decision"
    >
      <DecisionFields error={save.error} />
      <Form.Item {...apiField(save.error, 'authority')} label={t('sanction.authority')}>
        <Input maxLength={200} />
      </Form.Item>
      <FormAlert
        error={save.error}
        fields={['decisionNumber', 'decidedOn', 'fine', 'measures', 'authority']}
      />
      <Space>
        <Button htmlType="submit" type="primary" loading={save.isPending}>
          {t('sanction.recordDecision')}
        </Button>
        <Button onClick={props.onCancel}>{t('support.cancel')}</Button>
      </Space>
    </Form>
  );
}

interface NewValues extends DecisionValues {
  decided: boolean;
  detectedOn?: Dayjs | null;
  violatorKind: Violator;
  violators?: number | null;
  form?: string;
}

const NEW_FIELDS = [
  'detectedOn',
  'decisionNumber',
  'decidedOn',
  'authority',
  'violatorKind',
  'violators',
  'form',
  'fine',
  'measures',
] as const;

function NewSanction(props: { caseId: string; forms: string[]; onSaved: () => void }) {
  const { t } = useI18n();
  const forms = useReference('abuse-forms');
  const formName = useCodeName('abuse-forms');
  const [form] = Form.useForm<NewValues>();
  const decided = Form.useWatch('decided', form) ?? true;
  const save = useMutation({
    mutationFn: (values: NewValues) =>
      call(
        api.POST('/api/v1/cases/{id}/sanctions', {
          params: { path: { id: props.caseId } },
          body: {
            ...(values.decided ? decisionBody(values) : {}),
            detectedOn: values.detectedOn?.format('YYYY-MM-DD'),
            authority: values.authority?.trim() ?? '',
            violatorKind: values.violatorKind,
            violators: values.violators ?? 1,
            form: values.form ?? '',
          },
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
      name="sanction"
      layout="vertical"
      // The case's own form of abuse first: most violations are what it reported.
      initialValues={{
        decided: true,
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
        <Form.Item
          {...item('detectedOn')}
          label={t('sanction.detectedOnField')}
          extra={decided ? t('sanction.detectedOnHint') : undefined}
        >
          <DatePicker format="DD/MM/YYYY" />
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
      </Space>
      <Form.Item name="decided" valuePropName="checked">
        <Checkbox>{t('sanction.decided')}</Checkbox>
      </Form.Item>
      {decided && <DecisionFields error={save.error} />}
      <Form.Item
        {...item('authority')}
        label={t(decided ? 'sanction.authority' : 'sanction.recorder')}
      >
        <Input maxLength={200} placeholder={t('sanction.authorityHint')} />
      </Form.Item>
      <FormAlert error={save.error} fields={NEW_FIELDS} />
      <Button htmlType="submit" loading={save.isPending}>
        {t('sanction.record')}
      </Button>
    </Form>
  );
}
