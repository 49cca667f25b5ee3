import '../../i18n/vi-screens';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, call } from '../../api/client';
import { useAuth } from '../../app/auth';
import { ErrorAlert } from '../../app/errors';
import NotFoundPage from '../../app/NotFoundPage';
import { Panel } from '../../app/Panel';
import { Loading } from '../../app/routes';
import { type Translate, useI18n } from '../../i18n';
import { DecisionDialog, type DecisionValues } from '../approvals/DecisionDialog';
import { SEX_LABEL } from '../children/labels';
import { useCodeName } from '../reference/hooks';
import { SHARED_FIELD_LABEL, STATUS_LABEL, URGENCY_COLOR, URGENCY_LABEL } from './labels';
import type { Referral } from './queue';

type Dialog = 'accept' | 'decline' | 'complete' | null;

/** A referral as its receiving organisation sees it: the need-to-know, and its next step. */
export default function ReferralPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const referral = useQuery({
    queryKey: ['referrals', id],
    queryFn: () => call(api.GET('/api/v1/referrals/{id}', { params: { path: { id } } })),
  });
  const back = (
    <Link to="/inbox">
      <ArrowLeftOutlined aria-hidden /> {t('inbox.back')}
    </Link>
  );
  if (referral.isPending) return <Loading />;
  if (referral.error) {
    if (referral.error instanceof ApiError && [400, 404].includes(referral.error.status)) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={referral.error} />;
  }
  const r = referral.data;
  const header = { 'If-Match': `"${r.version}"` };
  const path = { path: { id } };
  const done = async (next: Referral) => {
    queryClient.setQueryData(['referrals', id], next);
    setDialog(null);
    await queryClient.invalidateQueries({ queryKey: ['referrals', 'inbox'] });
  };
  const acknowledge = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await done(
        await call(api.POST('/api/v1/referrals/{id}/acknowledge', { params: { ...path, header } })),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const may = (action: Referral['allowedActions'][number]) =>
    r.view === 'receiving' && r.allowedActions.includes(action);

  return (
    <Space direction="vertical" size="middle" className="page">
      {back}
      <Typography.Title level={1} className="page-title">
        {t('inbox.referralTitle', { code: r.caseCode })}
      </Typography.Title>
      <Space wrap>
        <Tag color={URGENCY_COLOR[r.urgency]}>{t(URGENCY_LABEL[r.urgency])}</Tag>
        <Tag>{t(STATUS_LABEL[r.status])}</Tag>
        {r.overdue && <Tag color="red">{t('inbox.overdue')}</Tag>}
      </Space>
      <Request referral={r} />
      <Children referral={r} />
      <Due referral={r} />
      {(r.outcome || r.declineReason || r.cancelReason) && <Closing referral={r} />}
      <Panel title={t('inbox.actions')}>
        {r.allowedActions.length === 0 || r.view !== 'receiving' ? (
          <Typography.Paragraph>{t('inbox.nothingToDo')}</Typography.Paragraph>
        ) : (
          <Space wrap>
            {may('acknowledge') && (
              <Button type="primary" loading={busy} onClick={() => void acknowledge()}>
                {t('inbox.acknowledge')}
              </Button>
            )}
            {may('accept') && (
              <Button type="primary" onClick={() => setDialog('accept')}>
                {t('inbox.accept')}
              </Button>
            )}
            {may('complete') && (
              <Button type="primary" onClick={() => setDialog('complete')}>
                {t('inbox.complete')}
              </Button>
            )}
            {may('decline') && (
              <Button danger onClick={() => setDialog('decline')}>
                {t('inbox.decline')}
              </Button>
            )}
          </Space>
        )}
        {failure !== null && <ErrorAlert error={failure} />}
      </Panel>

      <AcceptDialog
        open={dialog === 'accept'}
        onClose={() => setDialog(null)}
        onSubmit={async (assigneeId) =>
          done(
            await call(
              api.POST('/api/v1/referrals/{id}/accept', {
                params: { ...path, header },
                body: { assigneeId },
              }),
            ),
          )
        }
      />
      <DecisionDialog<DecisionValues & { reason: string }>
        open={dialog === 'decline'}
        title={t('inbox.decline')}
        okText={t('inbox.decline')}
        danger
        withCode={false}
        onClose={() => setDialog(null)}
        onSubmit={async (values) =>
          done(
            await call(
              api.POST('/api/v1/referrals/{id}/decline', {
                params: { ...path, header },
                body: { reason: values.reason },
              }),
            ),
          )
        }
      >
        {() => (
          <Form.Item
            name="reason"
            label={t('inbox.declineReason')}
            rules={[{ required: true, whitespace: true, message: t('approvals.required') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </DecisionDialog>
      <DecisionDialog<DecisionValues & { outcome: string; services?: string }>
        open={dialog === 'complete'}
        title={t('inbox.complete')}
        okText={t('inbox.complete')}
        withCode={false}
        onClose={() => setDialog(null)}
        onSubmit={async (values) =>
          done(
            await call(
              api.POST('/api/v1/referrals/{id}/complete', {
                params: { ...path, header },
                body: {
                  outcome: values.outcome,
                  servicesDelivered: (values.services ?? '')
                    .split('\n')
                    .map((line) => line.trim())
                    .filter(Boolean),
                },
              }),
            ),
          )
        }
      >
        {() => (
          <>
            <Form.Item
              name="outcome"
              label={t('inbox.outcome')}
              extra={t('inbox.outcomeHelp')}
              rules={[{ required: true, whitespace: true, message: t('approvals.required') }]}
            >
              <Input.TextArea rows={4} />
            </Form.Item>
            <Form.Item name="services" label={t('inbox.services')} extra={t('inbox.servicesHelp')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </DecisionDialog>
    </Space>
  );
}

/** What is asked, why, and who asks: the sender's contact. */
function Request({ referral: r }: { referral: Referral }) {
  const { t, dateTime } = useI18n();
  const service = useCodeName('service-types');
  const worker = r.from.worker;
  return (
    <Panel title={t('inbox.request')}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('inbox.service')}>{service(r.serviceType)}</Descriptions.Item>
        <Descriptions.Item label={t('inbox.reason')}>
          {r.reason ?? t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('inbox.caseCode')}>{r.caseCode}</Descriptions.Item>
        <Descriptions.Item label={t('inbox.sentAt')}>{dateTime(r.sentAt)}</Descriptions.Item>
        <Descriptions.Item label={t('inbox.col.from')}>
          {r.from.organization.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('inbox.contact')}>
          {[worker.fullName, worker.phone, worker.email].filter(Boolean).join(' · ')}
        </Descriptions.Item>
        {r.assignee && (
          <Descriptions.Item label={t('inbox.handler')}>{r.assignee.fullName}</Descriptions.Item>
        )}
        {Object.entries(r.case).map(([field, value]) => (
          <Descriptions.Item key={field} label={fieldLabel(field, t)}>
            <SharedValue value={value} />
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Panel>
  );
}

/** The children: names, ages, sexes and communes, and what else the sender shared. */
function Children({ referral: r }: { referral: Referral }) {
  const { t } = useI18n();
  if (!r.children.length) {
    return (
      <Panel title={t('inbox.children')}>
        <Typography.Paragraph>{t('inbox.notShared')}</Typography.Paragraph>
      </Panel>
    );
  }
  return (
    <Panel title={t('inbox.children')}>
      {r.children.map((child, index) => {
        const {
          fullName,
          age,
          sex,
          communeName,
          communeCode: _code,
          ...shared
        } = child as {
          fullName: string;
          age: number;
          sex: string;
          communeName: string;
          communeCode: string;
          [field: string]: unknown;
        };
        return (
          <Descriptions
            key={index}
            column={1}
            size="small"
            title={fullName}
            className="referral-child"
          >
            <Descriptions.Item label={t('inbox.age')}>
              {t('inbox.years', { age })}
            </Descriptions.Item>
            <Descriptions.Item label={t('inbox.sex')}>
              {SEX_LABEL[sex] ? t(SEX_LABEL[sex]) : sex}
            </Descriptions.Item>
            <Descriptions.Item label={t('inbox.commune')}>{communeName}</Descriptions.Item>
            {Object.entries(shared).map(([field, value]) => (
              <Descriptions.Item key={field} label={fieldLabel(field, t)}>
                <SharedValue value={value} />
              </Descriptions.Item>
            ))}
          </Descriptions>
        );
      })}
    </Panel>
  );
}

/** Each step's due time, and when it was taken. */
function Due({ referral: r }: { referral: Referral }) {
  const { t, dateTime } = useI18n();
  const row = (label: string, due: string | null, at: string | null): ReactNode => (
    <Descriptions.Item label={label}>
      {at
        ? t('inbox.doneAt', { at: dateTime(at) })
        : due
          ? t('inbox.dueBy', { at: dateTime(due) })
          : t('common.none')}
    </Descriptions.Item>
  );
  return (
    <Panel title={t('inbox.deadlines')}>
      <Descriptions column={1} size="small">
        {row(t('inbox.due.acknowledge'), r.acknowledgeDueAt, r.acknowledgedAt)}
        {row(t('inbox.due.accept'), r.acceptDueAt, r.acceptedAt)}
        {row(
          t('inbox.due.complete'),
          r.completeDueAt,
          r.status === 'completed' ? r.closedAt : null,
        )}
      </Descriptions>
    </Panel>
  );
}

function Closing({ referral: r }: { referral: Referral }) {
  const { t } = useI18n();
  return (
    <Panel title={t('inbox.closing')}>
      {r.outcome && (
        <Alert
          type="success"
          showIcon
          title={t('inbox.outcome')}
          description={
            <>
              <div>{r.outcome}</div>
              {r.servicesDelivered.length > 0 && <div>{r.servicesDelivered.join('; ')}</div>}
            </>
          }
        />
      )}
      {(r.declineReason || r.cancelReason) && (
        <Alert
          type="warning"
          showIcon
          title={t(r.declineReason ? 'inbox.declineReason' : 'inbox.cancelReason')}
          description={r.declineReason ?? r.cancelReason}
        />
      )}
    </Panel>
  );
}

function fieldLabel(field: string, t: Translate): string {
  return SHARED_FIELD_LABEL[field] ? t(SHARED_FIELD_LABEL[field]) : field;
}

/** A shared field's value in words: a date, a list, a record's non-empty parts. */
function SharedValue({ value }: { value: unknown }) {
  const { t, date } = useI18n();
  const words = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('common.none');
    if (typeof v === 'boolean') return v ? t('approvals.yes') : t('approvals.no');
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return date(v);
    if (Array.isArray(v)) return v.length ? v.map(words).join('; ') : t('common.none');
    if (typeof v === 'object') {
      const parts = Object.entries(v as Record<string, unknown>)
        .filter(([key, part]) => part !== null && part !== '' && key !== 'precision')
        .map(([, part]) => words(part));
      return parts.length ? parts.join(', ') : t('common.none');
    }
    // What is left of a JSON value: a string or a number.
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  };
  return <>{words(value)}</>;
}

/** Accepting names who handles it: one of the organisation's staff, the user by default. */
function AcceptDialog(props: {
  open: boolean;
  onClose: () => void;
  onSubmit: (assigneeId: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { state } = useAuth();
  const me = state.status === 'signed-in' ? state.me : null;
  const handlers = useQuery({
    queryKey: ['referrals', 'handlers'],
    enabled: props.open,
    queryFn: () => call(api.GET('/api/v1/referrals/handlers')),
  });
  return (
    <DecisionDialog<DecisionValues & { assigneeId: string }>
      open={props.open}
      title={t('inbox.accept')}
      okText={t('inbox.accept')}
      withCode={false}
      initialValues={{ assigneeId: me?.id }}
      onClose={props.onClose}
      onSubmit={(values) => props.onSubmit(values.assigneeId)}
    >
      {() => (
        <Form.Item
          name="assigneeId"
          label={t('inbox.handler')}
          rules={[{ required: true, message: t('approvals.required') }]}
        >
          <Select
            loading={handlers.isPending}
            options={(handlers.data?.items ?? []).map((user) => ({
              value: user.id,
              label: user.id === me?.id ? t('inbox.me', { name: user.fullName }) : user.fullName,
            }))}
          />
        </Form.Item>
      )}
    </DecisionDialog>
  );
}
