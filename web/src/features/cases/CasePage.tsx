import '../../i18n/vi-screens';
import {
  ArrowLeftOutlined,
  CheckCircleOutlined,
  DownloadOutlined,
  EyeOutlined,
  LockOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Col,
  Descriptions,
  Form,
  Input,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { saveDownload } from '../../api/download';
import { useAuth } from '../../app/auth';
import { DataTable } from '../../app/DataTable';
import { ErrorAlert, explain } from '../../app/errors';
import NotFoundPage from '../../app/NotFoundPage';
import { Panel } from '../../app/Panel';
import { Loading } from '../../app/routes';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { useAreaNames, useCodeName } from '../reference/hooks';
import { CaseSteps, PlanActions } from './CaseSteps';
import {
  ChildLinks,
  Countdown,
  DangerTag,
  OverdueTag,
  useCase,
  useCaseChildren,
  useNow,
} from './common';
import { placeFieldErrors } from './fields';
import { AbusersPanel } from './AbusersPanel';
import { SanctionsPanel } from './SanctionsPanel';
import {
  actionLabel,
  type Case,
  CASE_FORMS,
  deadlineLabel,
  FORM_STEP,
  levelLabel,
  statusLabel,
} from './labels';

type Timeline = Schemas['TimelineDto'];
type Step = Timeline['steps'][number];

export function useTimeline(id: string) {
  return useQuery({
    queryKey: ['cases', 'timeline', id],
    queryFn: () => call(api.GET('/api/v1/cases/{id}/timeline', { params: { path: { id } } })),
  });
}

/** A case: where it stands, what happened, and the steps it allows now. */
export default function CasePage() {
  const { id = '' } = useParams();
  const { t, dateTime } = useI18n();
  const kase = useCase(id);
  const timeline = useTimeline(id);
  const children = useCaseChildren(kase.data?.childIds ?? []);
  if (kase.isPending) return <Loading />;
  if (kase.error) {
    if (
      kase.error instanceof ApiError &&
      (kase.error.status === 404 || kase.error.status === 400)
    ) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={kase.error} />;
  }
  const data = kase.data;
  return (
    <Space direction="vertical" size="middle" className="page">
      <Link to="/cases">
        <ArrowLeftOutlined aria-hidden /> {t('cases.back')}
      </Link>
      <CaseHeader kase={data} timeline={timeline.data} />
      {data.readOnly && <Alert type="info" showIcon title={t('cases.readOnly')} />}
      {data.anonymisedAt && (
        <Alert
          type="info"
          showIcon
          title={t('cases.anonymised', { at: dateTime(data.anonymisedAt) })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Deadlines timeline={timeline.data} />
        </Col>
        <Col xs={24} lg={12}>
          <Panel title={t('cases.children')}>
            <ChildLinks children={children} />
          </Panel>
        </Col>
      </Row>
      <CaseSteps kase={data} />
      <PlanActions kase={data} />
      <Report kase={data} />
      <TimelinePanel timeline={timeline.data} error={timeline.error} />
      {!data.anonymisedAt && <Forms kase={data} timeline={timeline.data} />}
      <Referrals kase={data} />
      <AbusersPanel kase={data} />
      <SanctionsPanel kase={data} />
      <Notes kase={data} />
    </Space>
  );
}

function CaseHeader({ kase, timeline }: { kase: Case; timeline?: Timeline }) {
  const { t } = useI18n();
  const { state } = useAuth();
  const me = state.status === 'signed-in' ? state.me : null;
  const assignee = !kase.assignedTo
    ? t('cases.unassigned')
    : kase.assignedTo === me?.id
      ? (me.fullName ?? me.username)
      : (timeline?.steps.find((step) => step.actor?.id === kase.assignedTo)?.actor?.fullName ??
        t('cases.assignedToOther'));
  return (
    <div>
      <Typography.Title level={1} className="page-title">
        {t('cases.caseTitle', { code: kase.code })}
      </Typography.Title>
      <Space size={[8, 8]} wrap className="case-head">
        <span>
          {t('cases.col.level')}: <Tag>{levelLabel(kase.level, t)}</Tag>
        </span>
        <span>
          {t('cases.col.status')}: <Tag>{statusLabel(kase.status, t)}</Tag>
        </span>
        <span>
          {t('cases.col.assignee')}: {assignee}
        </span>
        {kase.immediateDanger && <DangerTag />}
        {kase.overdue && <OverdueTag />}
      </Space>
    </div>
  );
}

/** The case's deadlines: the open ones counting down, the others met or late. */
function Deadlines({ timeline }: { timeline?: Timeline }) {
  const { t, dateTime } = useI18n();
  const now = useNow();
  const deadlines = (timeline?.deadlines ?? []).filter((d) => d.kind !== 'plan_action');
  const open = deadlines
    .filter((d) => d.state === 'open')
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const done = deadlines.filter((d) => d.state !== 'open');
  return (
    <Panel title={t('cases.deadlines')}>
      {deadlines.length === 0 && t('common.none')}
      <ul className="case-deadlines">
        {open.map((d) => (
          <li key={`${d.kind}-${d.dueAt}`}>
            <strong>{deadlineLabel(d.kind, t)}</strong>: {dateTime(d.dueAt)}{' '}
            <Countdown dueAt={d.dueAt} now={now} />
          </li>
        ))}
        {done.map((d) => (
          <li key={`${d.kind}-${d.dueAt}`}>
            <strong>{deadlineLabel(d.kind, t)}</strong>: {dateTime(d.dueAt)}{' '}
            <MetTag met={d.met} state={d.state} />
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function MetTag({ met, state }: { met: boolean | null; state?: string }) {
  const { t } = useI18n();
  if (state === 'not_needed') return <Tag>{t('cases.notNeeded')}</Tag>;
  if (met === null) return null;
  return met ? (
    <Tag className="tag-met" icon={<CheckCircleOutlined aria-hidden />}>
      {t('cases.met')}
    </Tag>
  ) : (
    <Tag className="tag-overdue" icon={<WarningOutlined aria-hidden />}>
      {t('cases.late')}
    </Tag>
  );
}

/** What the report said (Mẫu 01). */
function Report({ kase }: { kase: Case }) {
  const { t, dateTime } = useI18n();
  const source = useCodeName('case-sources');
  const channel = useCodeName('case-channels');
  const concern = useCodeName('abuse-forms');
  const setting = useCodeName('abuse-settings');
  const areaName = useAreaNames([kase.provinceCode]);
  const none = t('common.none');
  const reporter = kase.reporter;
  const parent = (p: Schemas['IntakeParentDto'] | null) =>
    p
      ? [p.fullName, p.age && t('cases.ageYears', { age: p.age }), p.occupation]
          .filter(Boolean)
          .join(', ') || none
      : none;
  return (
    <Panel title={t('cases.report')}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('cases.receivedAt')}>
          {dateTime(kase.receivedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.source')}>
          {source(kase.source)}
          {kase.channel && ` · ${channel(kase.channel)}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.concerns')}>
          {kase.concerns.map(concern).join(', ') || none}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.settings')}>
          {kase.settings.map(setting).join(', ') || none}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.summary')} span={2}>
          {kase.summary}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.place')}>
          {kase.location
            ? [kase.location.address, areaName(kase.location.communeCode)]
                .filter(Boolean)
                .join(', ')
            : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.reporter')}>
          {reporter?.anonymous
            ? [t('cases.anonymous'), reporter.relation].filter(Boolean).join(', ')
            : [reporter?.fullName, reporter?.relation, reporter?.phone]
                .filter(Boolean)
                .join(', ') || none}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.childCondition')}>
          {kase.childCondition ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.likelyHarm')}>
          {kase.likelyHarm ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.father')}>{parent(kase.father)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.mother')}>{parent(kase.mother)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.familySituation')}>
          {kase.familySituation ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.caregiver')}>{kase.caregiver ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('cases.actionsTaken')} span={2}>
          {kase.actionsTaken ?? none}
        </Descriptions.Item>
      </Descriptions>
    </Panel>
  );
}

/** Every step: who, what, when, and the deadlines it answered, met or late. */
function TimelinePanel({ timeline, error }: { timeline?: Timeline; error: unknown }) {
  const { t, dateTime } = useI18n();
  return (
    <Panel title={t('cases.timeline')}>
      {error ? (
        <ErrorAlert error={error} />
      ) : (
        <DataTable<Step>
          caption={t('cases.timeline')}
          rows={[...(timeline?.steps ?? [])].reverse()}
          rowKey={(step) => `${step.at}-${step.action}`}
          empty={timeline ? t('common.none') : t('common.loading')}
          columns={[
            { key: 'at', title: t('history.when'), render: (step) => dateTime(step.at) },
            {
              key: 'who',
              title: t('history.who'),
              render: (step) => step.actor?.fullName ?? t('history.system'),
            },
            {
              key: 'what',
              title: t('history.action'),
              render: (step) => (
                <>
                  {actionLabel(step.action, t)}
                  {step.toStatus && step.toStatus !== step.fromStatus && (
                    <div className="muted">
                      {t('cases.toStatus', { status: statusLabel(step.toStatus, t) })}
                    </div>
                  )}
                  {step.reason && <div className="muted">{step.reason}</div>}
                </>
              ),
            },
            {
              key: 'deadlines',
              title: t('cases.answered'),
              render: (step) =>
                step.deadlines.length === 0 ? (
                  t('common.none')
                ) : (
                  <ul className="changes">
                    {step.deadlines.map((d) => (
                      <li key={`${d.kind}-${d.dueAt}`}>
                        {deadlineLabel(d.kind, t)} ({dateTime(d.dueAt)}) <MetTag met={d.met} />
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      )}
    </Panel>
  );
}

/** The statutory forms whose step was taken, one per child, to read or keep. */
function Forms({ kase, timeline }: { kase: Case; timeline?: Timeline }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const taken = new Set((timeline?.steps ?? []).map((step) => step.action));
  const forms = CASE_FORMS.filter((form) => taken.has(FORM_STEP[form]));
  const children = useChildNames(kase.childIds);
  const fetchForm = (form: string, childId: string) =>
    api.GET('/api/v1/cases/{id}/forms/{form}', {
      params: { path: { id: kase.id, form: form as 'mau-01' }, query: { childId } },
      parseAs: 'blob',
    });
  const download = async (form: string, childId: string) => {
    setError(null);
    try {
      await saveDownload(fetchForm(form, childId), `${kase.code}-${form}.pdf`);
    } catch (failure) {
      setError(failure);
    }
  };
  const preview = async (form: string, childId: string) => {
    setError(null);
    // The window is opened at the click (a pop-up blocker allows it), the PDF shown once read.
    const view = window.open('', '_blank');
    try {
      const blob = await call<Blob>(fetchForm(form, childId));
      if (view) view.location.href = URL.createObjectURL(blob);
    } catch (failure) {
      view?.close();
      setError(failure);
    }
  };
  return (
    <Panel title={t('cases.forms')}>
      {error !== null && <ErrorAlert error={error} />}
      {forms.length === 0 ? (
        t('common.none')
      ) : (
        <ul className="case-forms">
          {forms.map((form) => (
            <li key={form}>
              <strong>{t(`cases.form.${form}` as MessageKey)}</strong>
              {kase.childIds.map((childId) => {
                const name = children(childId);
                const what = t('cases.formFor', {
                  form: t(`cases.form.${form}` as MessageKey),
                  child: name,
                });
                return (
                  <Space key={childId} size={4} wrap className="case-form-child">
                    {kase.childIds.length > 1 && <span>{name}</span>}
                    <Button
                      size="small"
                      icon={<EyeOutlined aria-hidden />}
                      aria-label={`${t('cases.preview')}: ${what}`}
                      onClick={() => void preview(form, childId)}
                    >
                      {t('cases.preview')}
                    </Button>
                    <Button
                      size="small"
                      icon={<DownloadOutlined aria-hidden />}
                      aria-label={`${t('cases.download')}: ${what}`}
                      onClick={() => void download(form, childId)}
                    >
                      {t('cases.download')}
                    </Button>
                  </Space>
                );
              })}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export function useChildNames(ids: string[]): (id: string) => string {
  const queryClient = useQueryClient();
  const { t } = useI18n();
  useQuery({
    queryKey: ['children', 'records', ids],
    queryFn: () =>
      Promise.all(
        ids.map((id) =>
          queryClient.fetchQuery({
            queryKey: ['children', 'record', id],
            queryFn: () => call(api.GET('/api/v1/children/{id}', { params: { path: { id } } })),
            staleTime: 60_000,
          }),
        ),
      ),
  });
  return (id) =>
    queryClient.getQueryData<Schemas['ChildDto']>(['children', 'record', id])?.fullName ??
    t('common.loading');
}

/** The referrals made from the case: to whom, for what, how far they got. */
function Referrals({ kase }: { kase: Case }) {
  const { t, dateTime } = useI18n();
  const service = useCodeName('service-types');
  const urgency = useCodeName('referral-urgencies');
  const referrals = useQuery({
    queryKey: ['cases', 'referrals', kase.id],
    queryFn: () =>
      call(api.GET('/api/v1/cases/{id}/referrals', { params: { path: { id: kase.id } } })),
  });
  type Referral = Schemas['ReferralDto'];
  return (
    <Panel title={t('cases.referrals')}>
      {referrals.error ? (
        <ErrorAlert error={referrals.error} />
      ) : (
        <DataTable<Referral>
          caption={t('cases.referrals')}
          rows={referrals.data?.items ?? []}
          rowKey={(r) => r.id}
          empty={referrals.isPending ? t('common.loading') : t('cases.noReferrals')}
          columns={[
            { key: 'to', title: t('cases.ref.to'), render: (r) => r.to.organization.name },
            {
              key: 'service',
              title: t('cases.ref.service'),
              render: (r) => `${service(r.serviceType)} · ${urgency(r.urgency)}`,
            },
            {
              key: 'sent',
              title: t('cases.ref.sent'),
              wide: true,
              render: (r) => dateTime(r.sentAt),
            },
            {
              key: 'status',
              title: t('cases.col.status'),
              render: (r) => (
                <Space size={4} wrap>
                  {t(`cases.refStatus.${r.status}` as MessageKey)}
                  {r.overdue && <OverdueTag />}
                </Space>
              ),
            },
            {
              key: 'outcome',
              title: t('cases.ref.outcome'),
              render: (r) => r.outcome ?? r.declineReason ?? r.cancelReason ?? t('common.none'),
            },
          ]}
        />
      )}
    </Panel>
  );
}

/** The case's notes the user may read, and a new one (for the case team, or restricted). */
function Notes({ kase }: { kase: Case }) {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ text: string; visibility: 'case_team' | 'restricted' }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notes = useQuery({
    queryKey: ['cases', 'notes', kase.id],
    queryFn: () => call(api.GET('/api/v1/cases/{id}/notes', { params: { path: { id: kase.id } } })),
  });
  const add = async (values: { text: string; visibility: 'case_team' | 'restricted' }) => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/cases/{id}/notes', { params: { path: { id: kase.id } }, body: values }),
      );
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['cases', 'notes', kase.id] });
    } catch (failure) {
      placeFieldErrors(form, failure);
      setError(explain(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Panel title={t('cases.notes')}>
      {notes.error && <ErrorAlert error={notes.error} />}
      <ul className="case-notes">
        {(notes.data ?? []).map((note) => (
          <li key={note.id}>
            <div className="muted">
              {note.author?.fullName} · {dateTime(note.createdAt)}{' '}
              {note.visibility === 'restricted' && (
                <Tag icon={<LockOutlined aria-hidden />}>{t('cases.restricted')}</Tag>
              )}
            </div>
            <div className="note-text">{note.text}</div>
          </li>
        ))}
      </ul>
      {notes.data?.length === 0 && <p>{t('cases.noNotes')}</p>}
      {kase.allowedActions.includes('notes') && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ visibility: 'case_team' }}
          onFinish={(v) => void add(v)}
        >
          {error && <Alert type="error" showIcon role="alert" title={error} />}
          <Form.Item
            name="text"
            label={t('cases.newNote')}
            rules={[{ required: true, message: t('form.required', { field: t('cases.newNote') }) }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="visibility" label={t('cases.noteVisibility')}>
            <Select
              options={[
                { value: 'case_team', label: t('cases.visibility.case_team') },
                { value: 'restricted', label: t('cases.visibility.restricted') },
              ]}
            />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            {t('cases.addNote')}
          </Button>
        </Form>
      )}
    </Panel>
  );
}
