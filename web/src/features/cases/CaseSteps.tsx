import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  AutoComplete,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { DataTable } from '../../app/DataTable';
import { explain } from '../../app/errors';
import { matchesName } from '../../app/text';
import { Panel } from '../../app/Panel';
import { type Translate, useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { useCodeName, useReference } from '../reference/hooks';
import { Countdown, OverdueTag, useCaseChildren, useNow } from './common';
import { placeFieldErrors } from './fields';
import {
  type Case,
  type CaseAction,
  CLOSURE_CRITERIA,
  CRITERIA,
  LEVELS,
  levelLabel,
  RATINGS,
} from './labels';

type IfMatch = { 'If-Match': string };
type Answer = Promise<{ data?: Case; error?: unknown; response: Response }>;
type PlanAction = Schemas['CasePlanActionDto'];

/** What went wrong with a step: the API's words, or that the case changed meanwhile. */
function stepError(failure: unknown, t: Translate): string {
  return failure instanceof ApiError || !(failure instanceof Error)
    ? explain(failure, t)
    : failure.message;
}

/** The steps a social worker takes here; the chair's (approvals, isolation) are the chair's screens'. */
const MINE: CaseAction[] = [
  'initial-assessment',
  'emergency-measures',
  'assessment',
  'plan',
  'reviews',
  'close',
  'assign',
  'referrals',
];

const lines = (value: string | undefined) =>
  (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const text = (value: string | null | undefined) => value?.trim() || undefined;

/**
 * Sends a step with the version read (If-Match): the case as it is after it; a 412 (someone
 * changed the case meanwhile) reloads the case and says so.
 */
function useStep(kase: Case) {
  const queryClient = useQueryClient();
  const { t } = useI18n();
  return async (send: (header: IfMatch) => Answer): Promise<void> => {
    try {
      const next = await call(send({ 'If-Match': `"${kase.version}"` }));
      queryClient.setQueryData(['cases', 'record', kase.id], next);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 412) {
        await queryClient.invalidateQueries({ queryKey: ['cases', 'record', kase.id] });
        throw new Error(t('cases.step.conflict'));
      }
      throw failure;
    } finally {
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === 'cases' && query.queryKey[1] !== 'record',
      });
    }
  };
}

/** The steps the case allows now, each opened as its form. */
export function CaseSteps({ kase }: { kase: Case }) {
  const { t } = useI18n();
  const { can, state } = useAuth();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const myId = state.status === 'signed-in' ? state.me.id : null;
  const allowed = MINE.filter(
    (action) =>
      kase.allowedActions.includes(action) &&
      can(action === 'referrals' ? 'referrals:send' : 'cases:work') &&
      // Taking the case on is for a case not yet the user's.
      !(action === 'assign' && kase.assignedTo === myId),
  );
  if (allowed.length === 0) return null;
  const close = (what?: CaseAction) => {
    setOpen(null);
    if (what) setDone(t('cases.step.done', { step: t(`cases.action.${what}` as MessageKey) }));
  };
  const forms: Partial<Record<CaseAction, ReactNode>> = {
    'initial-assessment': <InitialAssessmentForm kase={kase} onDone={close} />,
    'emergency-measures': <EmergencyForm kase={kase} onDone={close} />,
    assessment: <AssessmentForm kase={kase} onDone={close} />,
    plan: <PlanForm kase={kase} onDone={close} />,
    reviews: <ReviewForm kase={kase} onDone={close} />,
    close: <ClosureForm kase={kase} onDone={close} />,
    assign: <AssignForm kase={kase} onDone={close} />,
    referrals: <ReferralForm kase={kase} onDone={close} />,
  };
  return (
    <Panel title={t('cases.steps')}>
      {done && <Alert type="success" showIcon role="status" title={done} className="step-done" />}
      <Space wrap>
        {allowed.map((action) => (
          <Button
            key={action}
            type={open === action ? 'primary' : 'default'}
            aria-expanded={open === action}
            onClick={() => {
              setDone(null);
              setOpen(open === action ? null : action);
            }}
          >
            {t(`cases.action.${action}` as MessageKey)}
          </Button>
        ))}
      </Space>
      {open && <div className="step-form">{forms[open]}</div>}
    </Panel>
  );
}

/** A step's form: its fields, the API's refusal above them and beside each field, and its button. */
function StepForm<T extends object>(props: {
  kase: Case;
  action: CaseAction;
  form: FormInstance<T>;
  initialValues?: Partial<T>;
  send: (values: T, header: IfMatch) => Answer;
  rename?: (path: (string | number)[]) => (string | number)[];
  onDone: (action?: CaseAction) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const step = useStep(props.kase);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: T) => {
    setBusy(true);
    setError(null);
    try {
      await step((header) => props.send(values, header));
      props.onDone(props.action);
    } catch (failure) {
      placeFieldErrors(props.form, failure, props.rename);
      setError(stepError(failure, t));
    } finally {
      setBusy(false);
    }
  };
  const title = t(`cases.action.${props.action}` as MessageKey);
  return (
    <Form<T>
      form={props.form}
      // Its fields' ids start with the step's name: a referral or an action's form may be open
      // beside it, with fields of the same names.
      name={props.action.replace('/', '-')}
      layout="vertical"
      initialValues={props.initialValues}
      onFinish={(values) => void submit(values)}
      scrollToFirstError={{ focus: true }}
      aria-label={title}
    >
      <h3 className="step-title">{title}</h3>
      {error && <Alert type="error" showIcon role="alert" title={error} className="step-error" />}
      {props.children}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('cases.step.save', { step: title })}
        </Button>
        <Button onClick={() => props.onDone()}>{t('cases.step.cancel')}</Button>
      </Space>
    </Form>
  );
}

function useRequired() {
  const { t } = useI18n();
  return (label: string) => [{ required: true, message: t('form.required', { field: label }) }];
}

/** A rating per criterion (high, medium, low), each a group of radio buttons named by its legend. */
function Ratings({ prefix }: { prefix: string }) {
  const { t } = useI18n();
  const required = useRequired();
  return (
    <Row gutter={16}>
      {CRITERIA.map((criterion) => (
        <Col xs={24} md={12} key={criterion}>
          <fieldset className="form-group">
            <legend>{t(`cases.criterion.${criterion}` as MessageKey)}</legend>
            <Form.Item
              name={['ratings', criterion]}
              rules={required(t(`cases.criterion.${criterion}` as MessageKey))}
              className="compact-item"
            >
              <Radio.Group
                aria-label={t(`cases.criterion.${criterion}` as MessageKey)}
                options={RATINGS.map((rating) => ({
                  value: rating,
                  label: t(`cases.rating.${rating}` as MessageKey),
                  id: `${prefix}-${criterion}-${rating}`,
                }))}
              />
            </Form.Item>
          </fieldset>
        </Col>
      ))}
    </Row>
  );
}

function LevelSelect({
  name,
  label,
  allowClear,
}: {
  name: string;
  label: string;
  allowClear?: boolean;
}) {
  const { t } = useI18n();
  const required = useRequired();
  return (
    <Form.Item name={name} label={label} rules={allowClear ? undefined : required(label)}>
      <Select
        allowClear={allowClear}
        options={LEVELS.map((level) => ({ value: level, label: levelLabel(level, t) }))}
      />
    </Form.Item>
  );
}

interface InitialValues {
  ratings: Schemas['RatingsDto'];
  immediateDanger: boolean;
  level: (typeof LEVELS)[number];
  abuseConfirmed?: boolean;
  emergencyMeasures?: string;
  notes?: string;
}

function InitialAssessmentForm({ kase, onDone }: { kase: Case; onDone: (a?: CaseAction) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<InitialValues>();
  const required = useRequired();
  const danger = Form.useWatch('immediateDanger', form);
  return (
    <StepForm<InitialValues>
      kase={kase}
      action="initial-assessment"
      form={form}
      onDone={onDone}
      send={(v, header) =>
        api.POST('/api/v1/cases/{id}/initial-assessment', {
          params: { path: { id: kase.id }, header },
          body: {
            ratings: v.ratings,
            immediateDanger: v.immediateDanger,
            level: v.level,
            abuseConfirmed: v.abuseConfirmed || undefined,
            emergencyMeasures: danger ? lines(v.emergencyMeasures) : undefined,
            notes: text(v.notes),
          },
        })
      }
    >
      <Ratings prefix="initial" />
      <Form.Item
        name="immediateDanger"
        label={t('cases.immediateDangerQ')}
        rules={required(t('cases.immediateDangerQ'))}
      >
        <Radio.Group
          options={[
            { value: true, label: t('cases.yes') },
            { value: false, label: t('cases.no') },
          ]}
        />
      </Form.Item>
      {danger && (
        <Form.Item
          name="emergencyMeasures"
          label={t('cases.emergencyTaken')}
          extra={t('cases.onePerLine')}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      <LevelSelect name="level" label={t('cases.col.level')} />
      <Form.Item name="abuseConfirmed" valuePropName="checked">
        <Checkbox>{t('cases.abuseConfirmed')}</Checkbox>
      </Form.Item>
      <Form.Item name="notes" label={t('cases.stepNotes')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </StepForm>
  );
}

interface EmergencyValues {
  measures: string;
  propose: boolean;
  isolation?: { isolatedFrom: string; placement: string; reason: string };
}

function EmergencyForm({ kase, onDone }: { kase: Case; onDone: (a?: CaseAction) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<EmergencyValues>();
  const required = useRequired();
  const propose = Form.useWatch('propose', form);
  return (
    <StepForm<EmergencyValues>
      kase={kase}
      action="emergency-measures"
      form={form}
      onDone={onDone}
      rename={(path) => (path[0] === 'measures' ? ['measures'] : path)}
      send={(v, header) =>
        api.POST('/api/v1/cases/{id}/emergency-measures', {
          params: { path: { id: kase.id }, header },
          body: { measures: lines(v.measures), isolation: v.propose ? v.isolation : undefined },
        })
      }
    >
      <Form.Item
        name="measures"
        label={t('cases.measures')}
        extra={t('cases.onePerLine')}
        rules={required(t('cases.measures'))}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="propose" valuePropName="checked">
        <Checkbox>{t('cases.proposeIsolation')}</Checkbox>
      </Form.Item>
      {propose && (
        <fieldset className="form-group">
          <legend>{t('cases.isolationProposal')}</legend>
          <Form.Item
            name={['isolation', 'isolatedFrom']}
            label={t('cases.isolatedFrom')}
            rules={required(t('cases.isolatedFrom'))}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name={['isolation', 'placement']}
            label={t('cases.placement')}
            rules={required(t('cases.placement'))}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name={['isolation', 'reason']}
            label={t('cases.reason')}
            rules={required(t('cases.reason'))}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </fieldset>
      )}
    </StepForm>
  );
}

/** The case's children aged 7 or more today: those whose views the law asks for. */
function useOlderChildren(kase: Case) {
  return useCaseChildren(kase.childIds).filter((child) => child.age >= 7);
}

interface AssessmentValues {
  childSituation: string;
  familySituation: string;
  needs: string;
  meeting: boolean;
  conference?: {
    heldAt: Dayjs;
    place?: string;
    participants: { fullName: string; organization?: string; role: string }[];
    minutes?: string;
    agreed: string;
  };
  childViews?: Record<string, { heard: boolean; words?: string }>;
  level?: (typeof LEVELS)[number];
  levelReason?: string;
}

function AssessmentForm({ kase, onDone }: { kase: Case; onDone: (a?: CaseAction) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<AssessmentValues>();
  const required = useRequired();
  const meeting = Form.useWatch('meeting', form);
  const older = useOlderChildren(kase);
  return (
    <StepForm<AssessmentValues>
      kase={kase}
      action="assessment"
      form={form}
      onDone={onDone}
      initialValues={{
        meeting: true,
        conference: {
          heldAt: dayjs(),
          participants: [
            { fullName: '', role: '' },
            { fullName: '', role: '' },
          ],
          agreed: '',
        },
      }}
      rename={(path) =>
        path[0] === 'needs'
          ? ['needs']
          : path[0] === 'conference' && path[1] === 'agreed'
            ? ['conference', 'agreed']
            : path
      }
      send={(v, header) =>
        api.POST('/api/v1/cases/{id}/assessment', {
          params: { path: { id: kase.id }, header },
          body: {
            childSituation: v.childSituation,
            familySituation: v.familySituation,
            needs: lines(v.needs),
            conference:
              v.meeting && v.conference
                ? {
                    heldAt: v.conference.heldAt.toISOString(),
                    place: text(v.conference.place),
                    participants: v.conference.participants.map((p) => ({
                      fullName: p.fullName,
                      role: p.role,
                      organization: text(p.organization),
                    })),
                    minutes: text(v.conference.minutes),
                    agreed: lines(v.conference.agreed),
                  }
                : undefined,
            childViews: older.length
              ? older.map((child) => {
                  const views = v.childViews?.[child.id];
                  return views?.heard
                    ? { childId: child.id, heard: true, views: views.words ?? '' }
                    : { childId: child.id, heard: false, reason: views?.words ?? '' };
                })
              : undefined,
            level: v.level,
            levelReason: text(v.levelReason),
          },
        })
      }
    >
      <Form.Item
        name="childSituation"
        label={t('cases.childSituation')}
        rules={required(t('cases.childSituation'))}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="familySituation"
        label={t('cases.familySituation')}
        rules={required(t('cases.familySituation'))}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="needs" label={t('cases.needs')} extra={t('cases.onePerLine')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {older.map((child) => (
        <ChildViews key={child.id} name={['childViews', child.id]} child={child.fullName} />
      ))}
      <Form.Item name="meeting" valuePropName="checked">
        <Checkbox>{t('cases.meetingHeld')}</Checkbox>
      </Form.Item>
      {meeting && (
        <fieldset className="form-group">
          <legend>{t('cases.meeting')}</legend>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name={['conference', 'heldAt']}
                label={t('cases.meetingAt')}
                rules={required(t('cases.meetingAt'))}
              >
                <DatePicker showTime format="DD/MM/YYYY HH:mm" className="full-width" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name={['conference', 'place']} label={t('cases.meetingPlace')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name={['conference', 'participants']}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => {
                  const who = t('cases.participantN', { n: index + 1 });
                  return (
                    <Row gutter={8} key={field.key} role="group" aria-label={who}>
                      <Col xs={24} md={8}>
                        <Form.Item
                          name={[field.name, 'fullName']}
                          label={`${who}: ${t('cases.participantName')}`}
                          rules={required(t('cases.participantName'))}
                        >
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={7}>
                        <Form.Item
                          name={[field.name, 'role']}
                          label={`${who}: ${t('cases.participantRole')}`}
                          rules={required(t('cases.participantRole'))}
                        >
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={7}>
                        <Form.Item
                          name={[field.name, 'organization']}
                          label={`${who}: ${t('cases.participantOrg')}`}
                        >
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={2} className="form-remove">
                        <Button
                          icon={<MinusCircleOutlined aria-hidden />}
                          aria-label={t('form.removeItem', { item: who })}
                          onClick={() => remove(field.name)}
                        />
                      </Col>
                    </Row>
                  );
                })}
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ fullName: '', role: '' })}
                  className="add-gap"
                >
                  {t('cases.addParticipant')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name={['conference', 'minutes']} label={t('cases.meetingMinutes')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            name={['conference', 'agreed']}
            label={t('cases.meetingAgreed')}
            extra={t('cases.onePerLine')}
            rules={required(t('cases.meetingAgreed'))}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </fieldset>
      )}
      <LevelChange />
    </StepForm>
  );
}

/** A child's say (from the age of 7): heard, and what the child said, or why not. */
function ChildViews({ name, child }: { name: (string | number)[]; child: string }) {
  const { t } = useI18n();
  const heard = Form.useWatch<boolean | undefined>([...name, 'heard']);
  return (
    <fieldset className="form-group">
      <legend>{t('cases.childViews', { child })}</legend>
      <Form.Item name={[...name, 'heard']} valuePropName="checked">
        <Checkbox>{t('cases.childHeard')}</Checkbox>
      </Form.Item>
      <Form.Item
        name={[...name, 'words']}
        label={heard ? t('cases.childSaid') : t('cases.childNotHeardWhy')}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </fieldset>
  );
}

/** A change of level at an assessing step, with its reason. */
function LevelChange() {
  const { t } = useI18n();
  const level = Form.useWatch<(typeof LEVELS)[number] | undefined>('level');
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <LevelSelect name="level" label={t('cases.levelChange')} allowClear />
      </Col>
      {level && (
        <Col xs={24} md={16}>
          <Form.Item name="levelReason" label={t('cases.levelReason')}>
            <Input />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}

interface PlanValues {
  goals: string;
  actions: {
    description: string;
    serviceType?: string;
    organizationName?: string;
    responsiblePerson: string;
    dueAt: Dayjs;
  }[];
  reviewAt: Dayjs;
  consents?: Record<string, { agrees: boolean; views?: string }>;
  representatives?: Record<string, RepresentativeValues>;
}

/** The API's say of a parent or guardian, as the form holds it per child. */
type RepresentativeValues = Omit<Schemas['RepresentativeConsentDto'], 'childId'>;

/** The say of a child's parent or guardian on the plan: asked, or why they could not be. */
function RepresentativeSay({ name, child }: { name: (string | number)[]; child: string }) {
  const { t } = useI18n();
  const required = useRequired();
  const asked = Form.useWatch([...name, 'asked']) !== false;
  return (
    <fieldset className="form-group">
      <legend>{t('cases.representativeSay', { child })}</legend>
      <Form.Item name={[...name, 'asked']} valuePropName="checked" initialValue>
        <Checkbox>{t('cases.representativeAsked')}</Checkbox>
      </Form.Item>
      {asked ? (
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={[...name, 'fullName']}
                label={t('cases.representativeName')}
                rules={required(t('cases.representativeName'))}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={[...name, 'relationship']}
                label={t('cases.representativeRelationship')}
                rules={required(t('cases.representativeRelationship'))}
              >
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name={[...name, 'agrees']} valuePropName="checked">
            <Checkbox>{t('cases.representativeAgrees')}</Checkbox>
          </Form.Item>
          <Form.Item name={[...name, 'views']} label={t('cases.representativeSaid')}>
            <Input />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name={[...name, 'reason']}
          label={t('cases.representativeNotAskedWhy')}
          rules={required(t('cases.representativeNotAskedWhy'))}
        >
          <Input />
        </Form.Item>
      )}
    </fieldset>
  );
}

function PlanForm({ kase, onDone }: { kase: Case; onDone: (a?: CaseAction) => void }) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<PlanValues>();
  const required = useRequired();
  const services = useReference('service-types');
  const children = useCaseChildren(kase.childIds);
  const older = children.filter((child) => child.age >= 7);
  const organizations = useOrganizations(kase).data?.items ?? [];
  const serviceOptions = (services.data ?? []).map((item) => ({
    value: item.code,
    label: language === 'en' && item.nameEn ? item.nameEn : item.name,
  }));
  // An organisation of the system by its name (it then receives the action's referral and its
  // deadlines), or one outside it named in words.
  const organization = (name: string | undefined) => {
    const named = text(name);
    const known = organizations.find((o) => o.name === named);
    return known ? { organizationId: known.id } : { organizationName: named };
  };
  return (
    <StepForm<PlanValues>
      kase={kase}
      action="plan"
      form={form}
      onDone={onDone}
      initialValues={{
        actions: [{ description: '', responsiblePerson: '', dueAt: dayjs().add(7, 'day') }],
        reviewAt: dayjs().add(30, 'day'),
      }}
      rename={(path) =>
        path[0] === 'goals'
          ? ['goals']
          : path[2] === 'organizationId'
            ? ['actions', path[1], 'organizationName']
            : path[0] === 'representativeConsents' && typeof path[1] === 'number'
              ? ['representatives', children[path[1]]?.id ?? '', ...path.slice(2)]
              : path
      }
      send={(v, header) =>
        api.POST('/api/v1/cases/{id}/plan', {
          params: { path: { id: kase.id }, header },
          body: {
            goals: lines(v.goals),
            actions: v.actions.map((a) => ({
              description: a.description,
              serviceType: a.serviceType,
              ...organization(a.organizationName),
              responsiblePerson: a.responsiblePerson,
              dueAt: a.dueAt.endOf('day').toISOString(),
            })),
            reviewAt: v.reviewAt.endOf('day').toISOString(),
            childConsents: older.length
              ? older.map((child) => ({
                  childId: child.id,
                  agrees: v.consents?.[child.id]?.agrees ?? false,
                  views: text(v.consents?.[child.id]?.views),
                }))
              : undefined,
            representativeConsents: children.map((child) => {
              const say = v.representatives?.[child.id];
              return say?.asked === false
                ? { childId: child.id, asked: false, reason: text(say.reason) }
                : {
                    childId: child.id,
                    asked: true,
                    fullName: text(say?.fullName),
                    relationship: text(say?.relationship),
                    agrees: say?.agrees ?? false,
                    views: text(say?.views),
                  };
            }),
          },
        })
      }
    >
      <Form.Item
        name="goals"
        label={t('cases.goals')}
        extra={t('cases.onePerLine')}
        rules={required(t('cases.goals'))}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.List name="actions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => {
              const which = t('cases.actionN', { n: index + 1 });
              return (
                <fieldset className="form-group" key={field.key}>
                  <legend>{which}</legend>
                  <Row gutter={16}>
                    <Col xs={24}>
                      <Form.Item
                        name={[field.name, 'description']}
                        label={t('cases.actionDescription')}
                        rules={required(t('cases.actionDescription'))}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[field.name, 'serviceType']} label={t('cases.ref.service')}>
                        <Select allowClear options={serviceOptions} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'organizationName']}
                        label={t('cases.actionOrg')}
                        extra={t('cases.actionOrgHelp')}
                        rules={required(t('cases.actionOrg'))}
                      >
                        <AutoComplete
                          options={organizations.map((o) => ({ value: o.name }))}
                          filterOption={(typed, option) => matchesName(option?.value ?? '', typed)}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'responsiblePerson']}
                        label={t('cases.actionResponsible')}
                        rules={required(t('cases.actionResponsible'))}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'dueAt']}
                        label={t('cases.actionDue')}
                        rules={required(t('cases.actionDue'))}
                      >
                        <DatePicker format="DD/MM/YYYY" className="full-width" />
                      </Form.Item>
                    </Col>
                  </Row>
                  {fields.length > 1 && (
                    <Button
                      icon={<MinusCircleOutlined aria-hidden />}
                      aria-label={t('form.removeItem', { item: which })}
                      onClick={() => remove(field.name)}
                    >
                      {t('form.remove')}
                    </Button>
                  )}
                </fieldset>
              );
            })}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() =>
                add({ description: '', responsiblePerson: '', dueAt: dayjs().add(7, 'day') })
              }
              className="add-gap"
            >
              {t('cases.addAction')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="reviewAt" label={t('cases.reviewAt')} rules={required(t('cases.reviewAt'))}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      {older.map((child) => (
        <fieldset className="form-group" key={child.id}>
          <legend>{t('cases.childConsent', { child: child.fullName })}</legend>
          <Form.Item name={['consents', child.id, 'agrees']} valuePropName="checked">
            <Checkbox>{t('cases.childAgrees')}</Checkbox>
          </Form.Item>
          <Form.Item name={['consents', child.id, 'views']} label={t('cases.childSaid')}>
            <Input />
          </Form.Item>
        </fieldset>
      ))}
      {children.map((child) => (
        <RepresentativeSay
          key={child.id}
          name={['representatives', child.id]}
          child={child.fullName}
        />
      ))}
    </StepForm>
  );
}

interface ReviewValues {
  ratings: Schemas['RatingsDto'];
  criteria: Record<(typeof CLOSURE_CRITERIA)[number], boolean>;
  outcome: 'continue' | 'new_plan' | 'propose_closure';
  notes: string;
  nextReviewAt?: Dayjs;
  level?: (typeof LEVELS)[number];
  levelReason?: string;
}

function ReviewForm({ kase, onDone }: { kase: Case; onDone: (a?: CaseAction) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<ReviewValues>();
  const required = useRequired();
  const outcome = Form.useWatch('outcome', form);
  return (
    <StepForm<ReviewValues>
      kase={kase}
      action="reviews"
      form={form}
      onDone={onDone}
      initialValues={{
        criteria: Object.fromEntries(
          CLOSURE_CRITERIA.map((c) => [c, false]),
        ) as ReviewValues['criteria'],
        outcome: 'continue',
      }}
      send={(v, header) =>
        api.POST('/api/v1/cases/{id}/reviews', {
          params: { path: { id: kase.id }, header },
          body: {
            ratings: v.ratings,
            criteria: v.criteria,
            outcome: v.outcome,
            notes: v.notes,
            nextReviewAt:
              v.outcome === 'continue' ? v.nextReviewAt?.endOf('day').toISOString() : undefined,
            level: v.level,
            levelReason: text(v.levelReason),
          },
        })
      }
    >
      <Ratings prefix="review" />
      <fieldset className="form-group">
        <legend>{t('cases.closureCriteria')}</legend>
        {CLOSURE_CRITERIA.map((criterion) => (
          <Form.Item
            key={criterion}
            name={['criteria', criterion]}
            valuePropName="checked"
            className="compact-item"
          >
            <Checkbox>{t(`cases.closure.${criterion}` as MessageKey)}</Checkbox>
          </Form.Item>
        ))}
      </fieldset>
      <Form.Item name="outcome" label={t('cases.outcome')} rules={required(t('cases.outcome'))}>
        <Radio.Group
          options={(['continue', 'new_plan', 'propose_closure'] as const).map((value) => ({
            value,
            label: t(`cases.outcome.${value}` as MessageKey),
          }))}
        />
      </Form.Item>
      {outcome === 'continue' && (
        <Form.Item name="nextReviewAt" label={t('cases.nextReviewAt')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      )}
      <Form.Item name="notes" label={t('cases.stepNotes')} rules={required(t('cases.stepNotes'))}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <LevelChange />
    </StepForm>
  );
}

function ClosureForm({ kase, onDone }: { kase: Case; onDone: (a?: CaseAction) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const required = useRequired();
  return (
    <StepForm<{ reason: string }>
      kase={kase}
      action="close"
      form={form}
      onDone={onDone}
      send={(v, header) =>
        api.POST('/api/v1/cases/{id}/close', { params: { path: { id: kase.id }, header }, body: v })
      }
    >
      <Form.Item
        name="reason"
        label={t('cases.closureReason')}
        rules={required(t('cases.closureReason'))}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </StepForm>
  );
}

/** Taking the case on: the social worker assigns it to themself. */
function AssignForm({ kase, onDone }: { kase: Case; onDone: (a?: CaseAction) => void }) {
  const { t } = useI18n();
  const { state } = useAuth();
  const [form] = Form.useForm<object>();
  const me = state.status === 'signed-in' ? state.me : null;
  return (
    <StepForm<object>
      kase={kase}
      action="assign"
      form={form}
      onDone={onDone}
      send={(_, header) =>
        api.POST('/api/v1/cases/{id}/assign', {
          params: { path: { id: kase.id }, header },
          body: { userId: me?.id ?? '' },
        })
      }
    >
      <p>{t('cases.assignToMe', { name: me?.fullName ?? me?.username ?? '' })}</p>
    </StepForm>
  );
}

const SHAREABLE = [
  'dateOfBirth',
  'personalId',
  'ethnicity',
  'address',
  'caregivers',
  'schooling',
  'disability',
  'specialCircumstances',
  'riskFactors',
  'concerns',
  'immediateDanger',
  'protectionLevel',
  'reportSummary',
  'location',
] as const;

type ReferralValues = Omit<Schemas['CreateReferralDto'], 'sharedFields'> & {
  sharedFields: (typeof SHAREABLE)[number][];
};

/** A referral to an organisation, from the case or for one of its plan's actions. */
function ReferralForm({
  kase,
  onDone,
  planActionId,
}: {
  kase: Case;
  onDone: (a?: CaseAction) => void;
  planActionId?: string;
}) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReferralValues>();
  const required = useRequired();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const services = useReference('service-types');
  const urgencies = useReference('referral-urgencies');
  const name = (item: { name: string; nameEn?: string | null }) =>
    language === 'en' && item.nameEn ? item.nameEn : item.name;
  const organizations = useOrganizations(kase);
  const actions = usePlanActions(kase);
  // For a plan's action: its organisation and service, as the plan named them.
  const action = actions.data?.find((a) => a.id === planActionId);
  const submit = async (values: ReferralValues) => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/cases/{id}/referrals', {
          params: { path: { id: kase.id } },
          body: values,
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      onDone('referrals');
    } catch (failure) {
      placeFieldErrors(form, failure);
      setError(explain(failure, t));
    } finally {
      setBusy(false);
    }
  };
  const title = t('cases.action.referrals');
  return (
    <Form<ReferralValues>
      form={form}
      name="referral"
      layout="vertical"
      aria-label={title}
      initialValues={{
        urgency: 'routine',
        sharedFields: [],
        planActionId,
        toOrganizationId: action?.organization?.id ?? undefined,
        serviceType: action?.serviceType ?? undefined,
      }}
      onFinish={(values) => void submit(values)}
    >
      <h3 className="step-title">{title}</h3>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="toOrganizationId"
            label={t('cases.ref.to')}
            rules={required(t('cases.ref.to'))}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(organizations.data?.items ?? []).map((o) => ({
                value: o.id,
                label: o.name,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="serviceType"
            label={t('cases.ref.service')}
            rules={required(t('cases.ref.service'))}
          >
            <Select
              options={(services.data ?? []).map((i) => ({ value: i.code, label: name(i) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="urgency" label={t('cases.ref.urgency')}>
            <Select
              options={(urgencies.data ?? []).map((i) => ({ value: i.code, label: name(i) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="reason"
            label={t('cases.ref.reason')}
            rules={required(t('cases.ref.reason'))}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Col>
        {(actions.data ?? []).length > 0 && (
          <Col xs={24}>
            <Form.Item name="planActionId" label={t('cases.ref.planAction')}>
              <Select
                allowClear
                options={(actions.data ?? []).map((a) => ({
                  value: a.id,
                  label: `${a.number}. ${a.description}`,
                }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24}>
          <Form.Item
            name="sharedFields"
            label={t('cases.ref.shared')}
            extra={t('cases.ref.sharedHelp')}
          >
            <Checkbox.Group
              options={SHAREABLE.map((field) => ({
                value: field,
                label: t(`cases.share.${field}` as MessageKey),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('cases.ref.send')}
        </Button>
        <Button onClick={() => onDone()}>{t('cases.step.cancel')}</Button>
      </Space>
    </Form>
  );
}

/** The active organisations of the case's province: whom a plan names, whom a referral goes to. */
function useOrganizations(kase: Case) {
  return useQuery({
    queryKey: ['organizations', 'province', kase.provinceCode],
    staleTime: 5 * 60_000,
    queryFn: () =>
      call(
        api.GET('/api/v1/organizations', {
          params: { query: { provinceCode: kase.provinceCode, active: true, limit: 100 } },
        }),
      ),
  });
}

/**
 * The actions as of the case's version; the ones before stay shown while a new version's are
 * read, so the panel, and a form open in it, do not vanish each time the case changes.
 */
function usePlanActions(kase: Case) {
  return useQuery({
    queryKey: ['cases', 'plan-actions', kase.id, kase.version],
    queryFn: () =>
      call(api.GET('/api/v1/cases/{id}/plan/actions', { params: { path: { id: kase.id } } })),
    placeholderData: keepPreviousData,
  });
}

/** The current plan's actions: who answers for each, when due, how far done; moved on here. */
export function PlanActions({ kase }: { kase: Case }) {
  const { t, dateTime } = useI18n();
  const now = useNow();
  const service = useCodeName('service-types');
  const actions = usePlanActions(kase);
  const [referFor, setReferFor] = useState<string | null>(null);
  const [notDone, setNotDone] = useState<PlanAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const step = useStep(kase);
  const canMove = kase.allowedActions.includes('plan/actions/status');
  if (!actions.data?.length) return null;
  const move = async (action: PlanAction, status: Move, reason?: string) => {
    setError(null);
    try {
      await step((header) =>
        api.POST('/api/v1/cases/{id}/plan/actions/{actionId}/status', {
          params: { path: { id: kase.id, actionId: action.id }, header },
          body: { status, reason },
        }),
      );
      setNotDone(null);
    } catch (failure) {
      setError(stepError(failure, t));
    }
  };
  return (
    <Panel title={t('cases.planActions')}>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      <DataTable<PlanAction>
        caption={t('cases.planActions')}
        rows={actions.data}
        rowKey={(a) => a.id}
        empty={t('common.none')}
        columns={[
          { key: 'n', title: '#', render: (a) => a.number },
          {
            key: 'what',
            title: t('cases.actionDescription'),
            render: (a) => (
              <>
                {a.description}
                <div className="muted">
                  {[
                    a.serviceType && service(a.serviceType),
                    a.organization?.name,
                    a.responsiblePerson,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </>
            ),
          },
          {
            key: 'due',
            title: t('cases.actionDue'),
            render: (a) => (
              <Space size={4} wrap>
                {dateTime(a.dueAt)}
                {stillToDo(a) && <Countdown dueAt={a.dueAt} now={now} />}
                {a.overdue && <OverdueTag />}
              </Space>
            ),
          },
          {
            key: 'status',
            title: t('cases.col.status'),
            render: (a) => (
              <>
                <Tag>{t(`cases.actionStatus.${a.status}` as MessageKey)}</Tag>
                {a.openReferralId && <Tag>{t('cases.actionReferred')}</Tag>}
                {a.reason && <div className="muted">{a.reason}</div>}
              </>
            ),
          },
          {
            key: 'do',
            title: t('cases.actionDo'),
            render: (a) => (
              <Space size={4} wrap>
                {canMove &&
                  a.allowedStatuses
                    .filter((s): s is Move => s !== 'planned')
                    .map((s) => (
                      <Button
                        key={s}
                        size="small"
                        aria-label={t('cases.actionMoveN', {
                          move: t(`cases.actionMove.${s}` as MessageKey),
                          n: a.number,
                        })}
                        onClick={() => (s === 'not_done' ? setNotDone(a) : void move(a, s))}
                      >
                        {t(`cases.actionMove.${s}` as MessageKey)}
                      </Button>
                    ))}
                {kase.allowedActions.includes('referrals') &&
                  !a.referralId &&
                  !a.openReferralId &&
                  stillToDo(a) && (
                    <Button
                      size="small"
                      onClick={() => setReferFor(a.id)}
                      aria-label={t('cases.referAction', { n: a.number })}
                    >
                      {t('cases.refer')}
                    </Button>
                  )}
              </Space>
            ),
          },
        ]}
      />
      {notDone && (
        <div className="step-form">
          <NotDoneForm
            action={notDone}
            onSave={(reason) => move(notDone, 'not_done', reason)}
            onCancel={() => setNotDone(null)}
          />
        </div>
      )}
      {referFor && (
        <div className="step-form">
          <ReferralForm kase={kase} planActionId={referFor} onDone={() => setReferFor(null)} />
        </div>
      )}
    </Panel>
  );
}

type Move = Exclude<PlanAction['status'], 'planned'>;

/** An action still to carry out: counted down, and referred if it needs an organisation. */
const stillToDo = (action: PlanAction) =>
  action.status === 'planned' || action.status === 'in_progress';

/** An action that could not be carried out, and why: the review and the next plan start there. */
function NotDoneForm(props: {
  action: PlanAction;
  onSave: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const required = useRequired();
  const [busy, setBusy] = useState(false);
  const title = t('cases.actionNotDoneTitle', { n: props.action.number });
  return (
    <Form<{ reason: string }>
      name={`not-done-${props.action.number}`}
      layout="vertical"
      aria-label={title}
      onFinish={({ reason }) => {
        setBusy(true);
        void props.onSave(reason.trim()).finally(() => setBusy(false));
      }}
    >
      <h3 className="step-title">{title}</h3>
      <p>{props.action.description}</p>
      <Form.Item
        name="reason"
        label={t('cases.actionNotDoneReason')}
        rules={required(t('cases.actionNotDoneReason'))}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('cases.actionNotDoneSave')}
        </Button>
        <Button onClick={props.onCancel}>{t('cases.step.cancel')}</Button>
      </Space>
    </Form>
  );
}
