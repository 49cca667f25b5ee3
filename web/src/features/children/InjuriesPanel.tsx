import '../../i18n/vi-record';
import { useMutation } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { apiField, FormAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { useCodeName, useReference } from '../reference/hooks';
import { AnnexItem, AnnexPanel, useAnnexRows } from './AnnexItem';

type Child = Schemas['ChildDto'];
type Injury = Schemas['ChildInjuryDto'];
type Outcome = Injury['outcome'];

const OUTCOME_LABEL: Record<Outcome, MessageKey> = {
  recovered: 'injury.outcome.recovered',
  lasting_harm: 'injury.outcome.lasting_harm',
  died: 'injury.outcome.died',
  unknown: 'injury.outcome.unknown',
};

/**
 * The accidents and injuries the child suffered (drowning, traffic, burns, falls…): what, when,
 * where and how it ended. Not a risk factor: the statistics count them on their own.
 */
export default function InjuriesPanel({ child }: { child: Child }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { rows, remove, refresh } = useAnnexRows(
    ['children', child.id, 'injuries'],
    (signal) =>
      call(
        api.GET('/api/v1/children/{id}/injuries', { signal, params: { path: { id: child.id } } }),
      ),
    (injuryId) =>
      call(
        api.DELETE('/api/v1/children/{id}/injuries/{injuryId}', {
          params: { path: { id: child.id, injuryId } },
        }),
      ),
  );
  const writes = can('children:write');

  return (
    <AnnexPanel
      title={t('injury.title')}
      intro={t('injury.intro')}
      none={t('injury.none')}
      rows={rows}
      item={(injury, onRemove) => (
        <InjuryItem key={injury.id} injury={injury} onRemove={onRemove} />
      )}
      remove={writes ? remove : undefined}
    >
      {writes && <NewInjury childId={child.id} onSaved={refresh} />}
    </AnnexPanel>
  );
}

function InjuryItem({ injury, onRemove }: { injury: Injury; onRemove?: () => void }) {
  const { t, date } = useI18n();
  const kind = useCodeName('injury-kinds');
  return (
    <AnnexItem
      name={kind(injury.kind)}
      details={[
        date(injury.occurredOn),
        injury.place,
        t(OUTCOME_LABEL[injury.outcome]),
        injury.description,
      ]}
      removeConfirm={t('injury.removeConfirm')}
      onRemove={onRemove}
    />
  );
}

interface NewValues {
  kind?: string;
  occurredOn?: Dayjs;
  place?: string;
  outcome: Outcome;
  description?: string;
}

function NewInjury({ childId, onSaved }: { childId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const kinds = useReference('injury-kinds');
  const kind = useCodeName('injury-kinds');
  const [form] = Form.useForm<NewValues>();
  const save = useMutation({
    mutationFn: (values: NewValues) =>
      call(
        api.POST('/api/v1/children/{id}/injuries', {
          params: { path: { id: childId } },
          body: {
            kind: values.kind ?? '',
            occurredOn: values.occurredOn?.format('YYYY-MM-DD') ?? '',
            place: values.place?.trim() || undefined,
            outcome: values.outcome,
            description: values.description?.trim() || undefined,
          },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      onSaved();
    },
  });
  const fields = ['kind', 'occurredOn', 'place', 'outcome', 'description'] as const;
  const item = (field: keyof NewValues) => apiField(save.error, field);
  return (
    <Form<NewValues>
      form={form}
      // Its fields' ids are the form's name and theirs: the record's page has several forms.
      name="injury"
      layout="vertical"
      initialValues={{ outcome: 'recovered', occurredOn: dayjs() }}
      onFinish={(values) => save.mutate(values)}
      className="support-new"
    >
      <Typography.Title level={3} className="panel-subtitle">
        {t('injury.new')}
      </Typography.Title>
      <Space wrap align="start">
        <Form.Item {...item('kind')} label={t('injury.kind')}>
          <Select
            className="injury-kind"
            options={(kinds.data ?? []).map((entry) => ({
              value: entry.code,
              label: kind(entry.code),
            }))}
          />
        </Form.Item>
        <Form.Item {...item('occurredOn')} label={t('injury.occurredOn')}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
        <Form.Item {...item('outcome')} label={t('injury.outcome')}>
          <Select
            className="injury-outcome"
            options={(Object.keys(OUTCOME_LABEL) as Outcome[]).map((value) => ({
              value,
              label: t(OUTCOME_LABEL[value]),
            }))}
          />
        </Form.Item>
      </Space>
      <Form.Item {...item('place')} label={t('injury.place')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item {...item('description')} label={t('injury.description')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <FormAlert error={save.error} fields={fields} />
      <Button htmlType="submit" loading={save.isPending}>
        {t('injury.record')}
      </Button>
    </Form>
  );
}
