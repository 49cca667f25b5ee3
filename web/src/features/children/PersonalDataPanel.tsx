import '../../i18n/vi-screens';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { saveDownload } from '../../api/download';
import { apiField, ErrorAlert, explain, fieldMessage, FormAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';

type Child = Schemas['ChildDto'];
type Correction = Schemas['CorrectionRequestDto'];

const STATUS_LABEL: Record<Correction['status'], MessageKey> = {
  open: 'personal.status.open',
  corrected: 'personal.status.corrected',
  refused: 'personal.status.refused',
};

/**
 * A child's or carer's requests about the child's personal data (Law 91/2025), answered by the
 * commune that keeps the record: the file of all the record holds and who read it, and requests
 * to correct it, recorded and answered here.
 */
export default function PersonalDataPanel({ child }: { child: Child }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const requesterId = useId();
  const [requester, setRequester] = useState('');
  const download = useMutation({
    mutationFn: () =>
      saveDownload(
        api.GET('/api/v1/children/{id}/personal-data', {
          params: { path: { id: child.id }, query: { requester } },
          parseAs: 'blob',
        }),
        t('personal.fileName'),
      ),
  });
  const requesterError = fieldMessage(download.error, 'requester');
  const corrections = useQuery({
    queryKey: ['children', child.id, 'correction-requests'],
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/children/{id}/correction-requests', {
          signal,
          params: { path: { id: child.id } },
        }),
      ),
  });
  // The record's requests, and the commune's lists they are in.
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['children', child.id, 'correction-requests'] });
    void queryClient.invalidateQueries({ queryKey: ['children', 'correction-requests'] });
  };

  return (
    <Panel title={t('personal.title')}>
      <Typography.Paragraph>{t('personal.intro')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => download.mutate()} className="personal-file">
        <Form.Item
          label={t('personal.requester')}
          htmlFor={requesterId}
          help={requesterError ?? t('personal.requesterHelp')}
          validateStatus={requesterError ? 'error' : undefined}
        >
          <Input
            id={requesterId}
            maxLength={200}
            value={requester}
            onChange={(event) => setRequester(event.target.value)}
          />
        </Form.Item>
        {download.error && !requesterError && <ErrorAlert error={download.error} />}
        <Button
          htmlType="submit"
          icon={<DownloadOutlined aria-hidden />}
          loading={download.isPending}
        >
          {t('personal.download')}
        </Button>
      </Form>
      <Typography.Title level={3} className="panel-subtitle">
        {t('personal.corrections')}
      </Typography.Title>
      {corrections.error && <ErrorAlert error={corrections.error} />}
      {corrections.data?.length === 0 && (
        <Typography.Paragraph type="secondary">{t('personal.noCorrections')}</Typography.Paragraph>
      )}
      <ul className="plain-list corrections">
        {corrections.data?.map((request) => (
          <CorrectionItem key={request.id} request={request} onAnswered={refresh} />
        ))}
      </ul>
      <NewCorrection childId={child.id} onSaved={refresh} />
    </Panel>
  );
}

function CorrectionItem({ request, onAnswered }: { request: Correction; onAnswered: () => void }) {
  const { t, date, dateTime } = useI18n();
  const answerId = useId();
  const [outcome, setOutcome] = useState<'corrected' | 'refused'>('corrected');
  const [answer, setAnswer] = useState('');
  const send = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/children/correction-requests/{requestId}/answer', {
          params: { path: { requestId: request.id } },
          body: { outcome, answer },
        }),
      ),
    onSuccess: onAnswered,
  });
  const answerError = fieldMessage(send.error, 'answer');
  return (
    <li className="correction">
      <Typography.Text strong>
        {t('personal.received', { date: date(request.receivedOn), requester: request.requester })}
      </Typography.Text>{' '}
      <Tag color={request.status === 'open' ? 'red' : undefined}>
        {t(STATUS_LABEL[request.status])}
      </Tag>
      <Typography.Paragraph className="correction-text">{request.request}</Typography.Paragraph>
      {request.status === 'open' ? (
        <Form layout="vertical" onFinish={() => send.mutate()}>
          <Radio.Group
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as typeof outcome)}
            aria-label={t('personal.outcome')}
          >
            <Radio value="corrected">{t('personal.status.corrected')}</Radio>
            <Radio value="refused">{t('personal.status.refused')}</Radio>
          </Radio.Group>
          <Form.Item
            label={t('personal.answer')}
            htmlFor={answerId}
            help={answerError ?? t('personal.answerHelp')}
            validateStatus={answerError ? 'error' : undefined}
          >
            <Input.TextArea
              id={answerId}
              rows={2}
              maxLength={2000}
              value={answer}
              onChange={(event) => setAnswer(event.target.value)}
            />
          </Form.Item>
          {send.error && !answerError && (
            <Alert type="error" showIcon title={explain(send.error, t)} />
          )}
          <Button htmlType="submit" loading={send.isPending}>
            {t('personal.sendAnswer')}
          </Button>
        </Form>
      ) : (
        <Typography.Paragraph type="secondary">
          {t('personal.answered', {
            name: request.answeredBy?.fullName ?? '',
            time: request.answeredAt ? dateTime(request.answeredAt) : '',
            answer: request.answer ?? '',
          })}
        </Typography.Paragraph>
      )}
    </li>
  );
}

interface NewValues {
  requester: string;
  request: string;
  receivedOn: Dayjs;
}

function NewCorrection({ childId, onSaved }: { childId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<NewValues>();
  const save = useMutation({
    mutationFn: (values: NewValues) =>
      call(
        api.POST('/api/v1/children/{id}/correction-requests', {
          params: { path: { id: childId } },
          body: {
            requester: values.requester ?? '',
            request: values.request ?? '',
            receivedOn: values.receivedOn?.format('YYYY-MM-DD') ?? '',
          },
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      onSaved();
    },
  });
  const item = (field: keyof NewValues) => apiField(save.error, field);
  return (
    <Form<NewValues>
      form={form}
      layout="vertical"
      initialValues={{ receivedOn: dayjs() }}
      onFinish={(values) => save.mutate(values)}
      className="correction-new"
    >
      <Typography.Title level={3} className="panel-subtitle">
        {t('personal.newCorrection')}
      </Typography.Title>
      <Space wrap align="start">
        <Form.Item {...item('requester')} label={t('personal.requester')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item {...item('receivedOn')} label={t('personal.receivedOn')}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
      </Space>
      <Form.Item {...item('request')} label={t('personal.request')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <FormAlert error={save.error} fields={['requester', 'request', 'receivedOn']} />
      <Button htmlType="submit" loading={save.isPending}>
        {t('personal.record')}
      </Button>
    </Form>
  );
}
