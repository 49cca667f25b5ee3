import '../../i18n/vi-screens';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { saveDownload } from '../../api/download';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import NotFoundPage from '../../app/NotFoundPage';
import { Panel } from '../../app/Panel';
import { Loading } from '../../app/routes';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { useCaseChildren } from '../cases/common';
import { useCodeName } from '../reference/hooks';
import { KIND_LABEL } from './ApprovalsPage';
import { DecisionDialog, type DecisionValues } from './DecisionDialog';
import { type ApprovalKind, approvalTiming, isApprovalKind } from './queue';
import { TimeLeft } from './TimeLeft';

type Case = Schemas['CaseDto'];
type Step = Schemas['TimelineStepDto'];
type PlanAction = Schemas['CasePlanActionDto'];
type Transfer = Schemas['TransferListItemDto'];
type CaseForm = 'mau-01' | 'mau-02' | 'mau-03' | 'mau-04' | 'mau-05' | 'mau-06';

/** The step whose record fills each statutory form (Mẫu 05: the decision on the latest plan). */
const FORM_STEP: Record<CaseForm, string> = {
  'mau-01': 'intake',
  'mau-02': 'initial-assessment',
  'mau-03': 'assessment',
  'mau-04': 'plan',
  'mau-05': 'plan',
  'mau-06': 'reviews',
};

const STEP_LABEL: Record<string, MessageKey> = {
  intake: 'approvals.step.intake',
  'initial-assessment': 'approvals.step.initialAssessment',
  'emergency-measures': 'approvals.step.emergencyMeasures',
  isolation: 'approvals.step.isolation',
  assessment: 'approvals.step.assessment',
  plan: 'approvals.step.plan',
  'plan/approve': 'approvals.step.planApprove',
  'plan/reject': 'approvals.step.planReject',
  reviews: 'approvals.step.review',
  close: 'approvals.step.close',
  'close/approve': 'approvals.step.closeApprove',
  'close/reject': 'approvals.step.closeReject',
  reopen: 'approvals.step.reopen',
  assign: 'approvals.step.assign',
  transfer: 'approvals.step.transfer',
  'transfer/accept': 'approvals.step.transferAccept',
};

const ACTION_STATUS: Record<PlanAction['status'], MessageKey> = {
  planned: 'approvals.actionStatus.planned',
  in_progress: 'approvals.actionStatus.inProgress',
  done: 'approvals.actionStatus.done',
  not_done: 'approvals.actionStatus.notDone',
};

/** One item of the chair's queue: the dossier to read, then the decision. */
export default function ApprovalPage() {
  const { kind, id = '' } = useParams();
  const { t } = useI18n();
  if (!isApprovalKind(kind)) return <NotFoundPage />;
  return (
    <Space direction="vertical" size="middle" className="page">
      <Link to="/approvals">
        <ArrowLeftOutlined aria-hidden /> {t('approvals.back')}
      </Link>
      {kind === 'transfer' ? <TransferDossier caseId={id} /> : <CaseDossier kind={kind} id={id} />}
    </Space>
  );
}

function useDecided() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (message: MessageKey) => {
    await queryClient.invalidateQueries({ queryKey: ['approvals'] });
    await navigate('/approvals', { state: { decided: message } });
  };
}

/** The header X-OTP of a decision taken with the second factor. */
const withCode = (values: DecisionValues) => ({ 'X-OTP': values.otp ?? '' });

function CaseDossier({ kind, id }: { kind: Exclude<ApprovalKind, 'transfer'>; id: string }) {
  const { t } = useI18n();
  const decided = useDecided();
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null);
  const kase = useQuery({
    queryKey: ['cases', id],
    queryFn: () => call(api.GET('/api/v1/cases/{id}', { params: { path: { id } } })),
  });
  const timeline = useQuery({
    queryKey: ['cases', id, 'timeline'],
    queryFn: () => call(api.GET('/api/v1/cases/{id}/timeline', { params: { path: { id } } })),
  });
  const steps = timeline.data?.steps ?? [];
  const hasPlan = steps.some((step) => step.action === 'plan');
  const actions = useQuery({
    queryKey: ['cases', id, 'plan-actions'],
    enabled: hasPlan,
    queryFn: () => call(api.GET('/api/v1/cases/{id}/plan/actions', { params: { path: { id } } })),
  });
  if (kase.isPending) return <Loading />;
  if (kase.error) {
    if (kase.error instanceof ApiError && [400, 404].includes(kase.error.status)) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={kase.error} />;
  }
  const c = kase.data;
  const version = { 'If-Match': `"${c.version}"` };
  const path = { path: { id } };
  const approveAction =
    kind === 'plan' ? 'plan/approve' : kind === 'closure' ? 'close/approve' : 'isolation';
  const open = c.allowedActions.includes(approveAction);

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t(KIND_LABEL[kind])}: {c.code}
      </Typography.Title>
      <Report kase={c} />
      {kind === 'isolation' && <Proposal steps={steps} />}
      <Timeline steps={steps} loading={timeline.isPending} />
      {hasPlan && <PlanActions actions={actions.data ?? []} loading={actions.isPending} />}
      <Forms caseId={id} steps={steps} />
      <Panel title={t('approvals.decision')}>
        {!open ? (
          <Alert type="info" showIcon title={t('approvals.notOpen')} />
        ) : (
          <>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('approvals.timeLeft')}>
                <TimeLeft item={{ kind, ...approvalTiming(kind, c) }} />
              </Descriptions.Item>
            </Descriptions>
            <Space wrap>
              <Button type="primary" onClick={() => setDialog('approve')}>
                {t(
                  kind === 'plan'
                    ? 'approvals.approvePlan'
                    : kind === 'closure'
                      ? 'approvals.approveClosure'
                      : 'approvals.decideIsolation',
                )}
              </Button>
              {kind !== 'isolation' && (
                <Button danger onClick={() => setDialog('reject')}>
                  {t(kind === 'plan' ? 'approvals.rejectPlan' : 'approvals.rejectClosure')}
                </Button>
              )}
            </Space>
          </>
        )}
        <Typography.Paragraph type="secondary" className="decision-note">
          {t('approvals.codeNote')}
        </Typography.Paragraph>
      </Panel>

      {kind === 'plan' && (
        <DecisionDialog<DecisionValues & { decisionNumber: string; reason?: string }>
          open={dialog === 'approve'}
          title={t('approvals.approvePlan')}
          okText={t('approvals.approve')}
          withCode
          onClose={() => setDialog(null)}
          onSubmit={async (values) => {
            await call(
              api.POST('/api/v1/cases/{id}/plan/approve', {
                params: { ...path, header: { ...version, ...withCode(values) } },
                body: { decisionNumber: values.decisionNumber, reason: values.reason || undefined },
              }),
            );
            await decided('approvals.decided.planApproved');
          }}
        >
          {() => (
            <>
              <Form.Item
                name="decisionNumber"
                label={t('approvals.decisionNumber')}
                extra={t('approvals.decisionNumberHelp')}
                rules={[{ required: true, whitespace: true, message: t('approvals.required') }]}
              >
                <Input />
              </Form.Item>
              <Form.Item name="reason" label={t('approvals.conditions')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
        </DecisionDialog>
      )}
      {kind === 'closure' && (
        <DecisionDialog<DecisionValues & { reason?: string }>
          open={dialog === 'approve'}
          title={t('approvals.approveClosure')}
          okText={t('approvals.approve')}
          withCode
          onClose={() => setDialog(null)}
          onSubmit={async (values) => {
            await call(
              api.POST('/api/v1/cases/{id}/close/approve', {
                params: { ...path, header: { ...version, ...withCode(values) } },
                body: { reason: values.reason || undefined },
              }),
            );
            await decided('approvals.decided.closureApproved');
          }}
        >
          {() => (
            <Form.Item name="reason" label={t('approvals.conditions')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
        </DecisionDialog>
      )}
      {kind !== 'isolation' && (
        <DecisionDialog<DecisionValues & { reason: string }>
          open={dialog === 'reject'}
          title={t(kind === 'plan' ? 'approvals.rejectPlan' : 'approvals.rejectClosure')}
          okText={t('approvals.reject')}
          danger
          withCode
          onClose={() => setDialog(null)}
          onSubmit={async (values) => {
            const route =
              kind === 'plan'
                ? ('/api/v1/cases/{id}/plan/reject' as const)
                : ('/api/v1/cases/{id}/close/reject' as const);
            await call(
              api.POST(route, {
                params: { ...path, header: { ...version, ...withCode(values) } },
                body: { reason: values.reason },
              }),
            );
            await decided(
              kind === 'plan'
                ? 'approvals.decided.planRejected'
                : 'approvals.decided.closureRejected',
            );
          }}
        >
          {() => (
            <Form.Item
              name="reason"
              label={t('approvals.reason')}
              rules={[{ required: true, whitespace: true, message: t('approvals.required') }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
        </DecisionDialog>
      )}
      {kind === 'isolation' && (
        <IsolationDialog
          kase={c}
          proposal={proposalOf(steps)?.isolationProposal ?? null}
          open={dialog === 'approve'}
          onClose={() => setDialog(null)}
          onDecided={() => decided('approvals.decided.isolation')}
        />
      )}
    </>
  );
}

/** The report as received, and the children it is about. */
function Report({ kase }: { kase: Case }) {
  const { t, dateTime } = useI18n();
  const concern = useCodeName('abuse-forms');
  const source = useCodeName('case-sources');
  const children = useCaseChildren(kase.childIds);
  return (
    <Panel title={t('approvals.report')}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('approvals.children')}>
          <ChildList children={children} />
        </Descriptions.Item>
        <Descriptions.Item label={t('approvals.receivedAt')}>
          {dateTime(kase.receivedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('approvals.source')}>{source(kase.source)}</Descriptions.Item>
        <Descriptions.Item label={t('approvals.concerns')}>
          {kase.concerns.map(concern).join(', ') || t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('approvals.summary')}>{kase.summary}</Descriptions.Item>
        {kase.childCondition && (
          <Descriptions.Item label={t('approvals.childCondition')}>
            {kase.childCondition}
          </Descriptions.Item>
        )}
        {kase.immediateDanger !== null && (
          <Descriptions.Item label={t('approvals.immediateDanger')}>
            {kase.immediateDanger ? t('approvals.yes') : t('approvals.no')}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Panel>
  );
}

function ChildList({ children }: { children: Schemas['ChildDto'][] }) {
  const { t, date } = useI18n();
  return (
    <ul className="plain-list">
      {children.map((child) => (
        <li key={child.id}>
          {child.fullName} ({t('approvals.born', { date: date(child.dateOfBirth) })})
        </li>
      ))}
    </ul>
  );
}

/** The latest emergency measures proposing an isolation: what the chair decides on. */
const proposalOf = (steps: Step[]) => steps.findLast((step) => step.isolationProposal);

/** What the social worker proposed: from whom, where the child stays, and why. */
function Proposal({ steps }: { steps: Step[] }) {
  const { t, dateTime } = useI18n();
  const step = proposalOf(steps);
  if (!step?.isolationProposal) return null;
  const proposal = step.isolationProposal;
  return (
    <Panel title={t('approvals.proposal')}>
      <Typography.Paragraph>
        {t('approvals.proposedBy', {
          who: step.actor?.fullName ?? t('common.none'),
          at: dateTime(step.at),
        })}
      </Typography.Paragraph>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('approvals.isolatedFrom')}>
          {proposal.isolatedFrom}
        </Descriptions.Item>
        <Descriptions.Item label={t('approvals.placement')}>{proposal.placement}</Descriptions.Item>
        <Descriptions.Item label={t('approvals.reason')}>{proposal.reason}</Descriptions.Item>
      </Descriptions>
    </Panel>
  );
}

/** The case's steps, oldest first: who did what, when, and why. */
function Timeline({ steps, loading }: { steps: Step[]; loading: boolean }) {
  const { t, dateTime } = useI18n();
  return (
    <Panel title={t('approvals.timeline')}>
      <List
        size="small"
        loading={loading}
        dataSource={steps}
        locale={{ emptyText: t('common.none') }}
        renderItem={(step) => (
          <List.Item>
            <List.Item.Meta
              title={STEP_LABEL[step.action] ? t(STEP_LABEL[step.action]) : step.action}
              description={
                <>
                  {dateTime(step.at)}
                  {step.actor?.fullName && ` · ${step.actor.fullName}`}
                  {step.reason && <div>{step.reason}</div>}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Panel>
  );
}

function PlanActions({ actions, loading }: { actions: PlanAction[]; loading: boolean }) {
  const { t, dateTime } = useI18n();
  const columns: Column<PlanAction>[] = [
    { key: 'number', title: t('approvals.col.number'), render: (a) => a.number },
    { key: 'description', title: t('approvals.col.action'), render: (a) => a.description },
    {
      key: 'who',
      title: t('approvals.col.responsible'),
      render: (a) =>
        [a.organization?.name, a.responsiblePerson].filter(Boolean).join(' — ') || t('common.none'),
    },
    { key: 'due', title: t('approvals.col.due'), render: (a) => dateTime(a.dueAt), wide: true },
    {
      key: 'status',
      title: t('approvals.col.status'),
      render: (a) => <Tag>{t(ACTION_STATUS[a.status])}</Tag>,
      wide: true,
    },
  ];
  return (
    <Panel title={t('approvals.plan')}>
      <DataTable
        caption={t('approvals.plan')}
        columns={columns}
        rows={actions}
        rowKey={(a) => a.id}
        empty={loading ? t('common.loading') : t('common.none')}
      />
    </Panel>
  );
}

/** The statutory forms (Mẫu 01–06) whose step the case has taken, as PDFs. */
function Forms({ caseId, steps }: { caseId: string; steps: Step[] }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const taken = new Set(steps.map((step) => step.action));
  const forms = (Object.keys(FORM_STEP) as CaseForm[]).filter((form) => taken.has(FORM_STEP[form]));
  return (
    <Panel title={t('approvals.forms')}>
      <Space wrap>
        {forms.map((form) => (
          <Button
            key={form}
            icon={<DownloadOutlined aria-hidden />}
            onClick={() => {
              setFailure(null);
              saveDownload(
                api.GET('/api/v1/cases/{id}/forms/{form}', {
                  params: { path: { id: caseId, form } },
                  parseAs: 'blob',
                }),
                `${form}.pdf`,
              ).catch(setFailure);
            }}
          >
            {t(`approvals.form.${form}` as MessageKey)}
          </Button>
        ))}
      </Space>
      {failure !== null && <ErrorAlert error={failure} />}
    </Panel>
  );
}

interface IsolationValues extends DecisionValues {
  decisionNumber: string;
  decidedOn: Dayjs;
  startsAt: Dayjs;
  days: number;
  placement: string;
  isolatedFrom: string;
  childIds: string[];
  reason: string;
}

/** The chair's decision on a temporary isolation (Decree 56/2017 art. 32): 15 days at most. */
function IsolationDialog(props: {
  kase: Case;
  /** The worker's proposal, which the decision starts from. */
  proposal: Step['isolationProposal'];
  open: boolean;
  onClose: () => void;
  onDecided: () => Promise<void>;
}) {
  const { t } = useI18n();
  const children = useCaseChildren(props.kase.childIds);
  const required = { required: true, whitespace: true, message: t('approvals.required') };
  return (
    <DecisionDialog<IsolationValues>
      open={props.open}
      title={t('approvals.decideIsolation')}
      okText={t('approvals.issue')}
      withCode
      initialValues={{
        decidedOn: dayjs(),
        startsAt: dayjs(),
        days: 15,
        childIds: props.kase.childIds,
        ...props.proposal,
      }}
      onClose={props.onClose}
      onSubmit={async (values) => {
        await call(
          api.POST('/api/v1/cases/{id}/isolation', {
            params: {
              path: { id: props.kase.id },
              header: { 'If-Match': `"${props.kase.version}"`, ...withCode(values) },
            },
            body: {
              decisionNumber: values.decisionNumber,
              decidedOn: values.decidedOn.format('YYYY-MM-DD'),
              startsAt: values.startsAt.toISOString(),
              days: values.days,
              placement: values.placement,
              isolatedFrom: values.isolatedFrom,
              childIds: values.childIds,
              reason: values.reason,
            },
          }),
        );
        await props.onDecided();
      }}
    >
      {() => (
        <>
          <Form.Item name="decisionNumber" label={t('approvals.decisionNumber')} rules={[required]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="decidedOn"
            label={t('approvals.decidedOn')}
            rules={[{ required: true, message: t('approvals.required') }]}
          >
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item
            name="startsAt"
            label={t('approvals.startsAt')}
            rules={[{ required: true, message: t('approvals.required') }]}
          >
            <DatePicker showTime format="DD/MM/YYYY HH:mm" />
          </Form.Item>
          <Form.Item
            name="days"
            label={t('approvals.days')}
            extra={t('approvals.daysHelp')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: 1,
                max: 15,
                message: t('approvals.daysInvalid'),
              },
            ]}
          >
            <InputNumber min={1} max={15} precision={0} />
          </Form.Item>
          <Form.Item name="placement" label={t('approvals.placement')} rules={[required]}>
            <Input />
          </Form.Item>
          <Form.Item name="isolatedFrom" label={t('approvals.isolatedFrom')} rules={[required]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="childIds"
            label={t('approvals.isolatedChildren')}
            // Checked by a validator: a required rule would put aria-required on the group's
            // element, which that role does not take.
            rules={[
              {
                validator: (_, ids?: string[]) =>
                  ids?.length
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('approvals.required'))),
              },
            ]}
          >
            <Checkbox.Group
              options={children.map((child) => ({
                value: child.id,
                label: child.fullName,
              }))}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('approvals.reason')} rules={[required]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      )}
    </DecisionDialog>
  );
}

/** A transfer asked of the commune: what the receiving commune sees before it accepts. */
function TransferDossier({ caseId }: { caseId: string }) {
  const { t, date, dateTime } = useI18n();
  const decided = useDecided();
  const [dialog, setDialog] = useState<'accept' | 'decline' | null>(null);
  const transfers = useQuery({
    queryKey: ['approvals', 'transfers'],
    queryFn: () =>
      call(
        api.GET('/api/v1/cases/transfers', {
          params: { query: { direction: 'incoming', status: 'pending', limit: 100 } },
        }),
      ),
  });
  if (transfers.isPending) return <Loading />;
  if (transfers.error) return <ErrorAlert error={transfers.error} />;
  const transfer: Transfer | undefined = transfers.data.items.find((i) => i.caseId === caseId);
  if (!transfer) {
    return <Alert type="info" showIcon title={t('approvals.notOpen')} />;
  }
  const place = (p: Transfer['from']) => p.communeName;
  const row = (label: string, value: ReactNode) => (
    <Descriptions.Item label={label}>{value}</Descriptions.Item>
  );
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('approvals.kind.transfer')}: {transfer.caseCode}
      </Typography.Title>
      <Panel title={t('approvals.transferAsked')}>
        <Descriptions column={1} size="small">
          {row(t('approvals.from'), place(transfer.from))}
          {row(t('approvals.requestedAt'), dateTime(transfer.requestedAt))}
          {row(t('approvals.requestedBy'), transfer.requestedBy?.fullName ?? t('common.none'))}
          {row(t('approvals.reason'), transfer.reason)}
          {transfer.note && row(t('approvals.note'), transfer.note)}
          {transfer.case &&
            row(
              t('approvals.children'),
              <ul className="plain-list">
                {transfer.case.children.map((child) => (
                  <li key={child.id}>
                    {child.fullName} ({t('approvals.born', { date: date(child.dateOfBirth) })})
                  </li>
                ))}
              </ul>,
            )}
        </Descriptions>
      </Panel>
      <Panel title={t('approvals.decision')}>
        <Space wrap>
          <Button type="primary" onClick={() => setDialog('accept')}>
            {t('approvals.acceptTransfer')}
          </Button>
          <Button danger onClick={() => setDialog('decline')}>
            {t('approvals.declineTransfer')}
          </Button>
        </Space>
      </Panel>
      <DecisionDialog<DecisionValues>
        open={dialog === 'accept'}
        title={t('approvals.acceptTransfer')}
        okText={t('approvals.accept')}
        withCode={false}
        onClose={() => setDialog(null)}
        onSubmit={async () => {
          await call(
            api.POST('/api/v1/cases/{id}/transfer/accept', { params: { path: { id: caseId } } }),
          );
          await decided('approvals.decided.transferAccepted');
        }}
      >
        {() => <Typography.Paragraph>{t('approvals.acceptTransferHelp')}</Typography.Paragraph>}
      </DecisionDialog>
      <DecisionDialog<DecisionValues & { reason: string }>
        open={dialog === 'decline'}
        title={t('approvals.declineTransfer')}
        okText={t('approvals.reject')}
        danger
        withCode={false}
        onClose={() => setDialog(null)}
        onSubmit={async (values) => {
          await call(
            api.POST('/api/v1/cases/{id}/transfer/decline', {
              params: { path: { id: caseId } },
              body: { reason: values.reason },
            }),
          );
          await decided('approvals.decided.transferDeclined');
        }}
      >
        {() => (
          <Form.Item
            name="reason"
            label={t('approvals.reason')}
            rules={[{ required: true, whitespace: true, message: t('approvals.required') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </DecisionDialog>
    </>
  );
}
