import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { DataTable } from '../../app/DataTable';
import { Panel } from '../../app/Panel';
import { useAuth } from '../../app/auth';
import { ErrorAlert } from '../../app/errors';
import { Loading } from '../../app/routes';
import NotFoundPage from '../../app/NotFoundPage';
import { useI18n } from '../../i18n';
import { useAreaNames, useCodeName } from '../reference/hooks';
import { pairPath, percent, useDuplicatesOf } from './duplicates';
import { useFieldValue } from './field-values';
import {
  DOB_PRECISION_LABEL,
  fieldLabel,
  historyAction,
  SEX_LABEL,
  VERIFICATION_LABEL,
} from './labels';
import { type MergeNotice, MergeNoticeAlert } from './MergeNotice';
import InjuriesPanel from './InjuriesPanel';
import SupportsPanel from './SupportsPanel';

// Loaded for the officers who answer such requests: the record's own download stays small.
const PersonalDataPanel = lazy(() => import('./PersonalDataPanel'));

type Child = Schemas['ChildDto'];
type HistoryEntry = Schemas['ChildHistoryEntryDto'];

export function useChild(id: string) {
  return useQuery({
    queryKey: ['children', 'record', id],
    queryFn: () => call(api.GET('/api/v1/children/{id}', { params: { path: { id } } })),
  });
}

export default function ChildPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const child = useChild(id);
  if (child.isPending) return <Loading />;
  if (child.error) {
    // Absent and out of the user's area look the same, as the API answers them.
    if (
      child.error instanceof ApiError &&
      (child.error.status === 404 || child.error.status === 400)
    ) {
      return <NotFoundPage />;
    }
    return <ErrorAlert error={child.error} />;
  }
  // The URL of a record merged into another: the API answered with that other record.
  if (child.data.id !== id) {
    const notice: MergeNotice = { redirected: true };
    return <Navigate to={`/children/${child.data.id}`} replace state={notice} />;
  }
  return (
    <Space direction="vertical" size="middle" className="page">
      <Link to="/children">
        <ArrowLeftOutlined aria-hidden /> {t('child.back')}
      </Link>
      <MergeNoticeAlert />
      {child.data.sensitiveWithheld && (
        <Alert type="info" showIcon title={t('child.sensitiveWithheld')} />
      )}
      <ChildRecord child={child.data} />
      <PossibleDuplicates child={child.data} />
      <SupportsPanel child={child.data} />
      <InjuriesPanel child={child.data} />
      {can('personal-data:requests') && (
        <Suspense fallback={null}>
          <PersonalDataPanel child={child.data} />
        </Suspense>
      )}
      <ChildHistory child={child.data} />
    </Space>
  );
}

function ChildRecord({ child }: { child: Child }) {
  const { t, date, dateTime } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const ethnicity = useCodeName('ethnicities');
  const circumstance = useCodeName('special-circumstances');
  const risk = useCodeName('risk-factors');
  const relation = useCodeName('caregiver-relations');
  const school = useCodeName('school-statuses');
  const areaName = useAreaNames([child.provinceCode]);
  const none = t('common.none');
  const precision = DOB_PRECISION_LABEL[child.dobPrecision];

  return (
    <>
      <div className="page-head">
        <div>
          <Typography.Title level={1} className="page-title">
            {child.fullName}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('child.version', { version: child.version, at: dateTime(child.updatedAt) })}
          </Typography.Text>
        </div>
        {can('children:write') && (
          <Button
            type="primary"
            icon={<EditOutlined aria-hidden />}
            onClick={() => void navigate(`/children/${child.id}/edit`)}
          >
            {t('form.edit')}
          </Button>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Panel title={t('child.identity')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('child.fullName')}>{child.fullName}</Descriptions.Item>
              <Descriptions.Item label={t('child.dateOfBirth')}>
                {date(child.dateOfBirth)}
                {precision && ` (${t(precision)})`}
              </Descriptions.Item>
              <Descriptions.Item label={t('child.age')}>
                {t('child.ageValue', { age: child.age })}
                {!child.isChild && <Tag className="tag-gap">{t('child.over16')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('child.sex')}>
                {t(SEX_LABEL[child.sex])}
              </Descriptions.Item>
              <Descriptions.Item label={t('child.ethnicity')}>
                {ethnicity(child.ethnicityCode)}
              </Descriptions.Item>
              <Descriptions.Item label={t('child.personalId')}>
                {child.personalId ?? none}
              </Descriptions.Item>
              <Descriptions.Item label={t('child.verification')}>
                {child.verificationStatus === 'verified' ? (
                  <Tag color="green">{t(VERIFICATION_LABEL.verified)}</Tag>
                ) : (
                  t(VERIFICATION_LABEL[child.verificationStatus])
                )}
              </Descriptions.Item>
            </Descriptions>
          </Panel>
        </Col>
        <Col xs={24} lg={12}>
          <Panel title={t('child.place')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('child.province')}>
                {areaName(child.provinceCode)}
              </Descriptions.Item>
              <Descriptions.Item label={t('child.commune')}>
                {areaName(child.communeCode)}
              </Descriptions.Item>
              <Descriptions.Item label={t('child.village')}>
                {child.village ?? none}
              </Descriptions.Item>
              <Descriptions.Item label={t('child.address')}>
                {child.address ?? none}
              </Descriptions.Item>
            </Descriptions>
          </Panel>
        </Col>
        <Col xs={24} lg={12}>
          <Panel title={t('child.caregivers')}>
            {child.caregivers.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('child.noneRecorded')} />
            ) : (
              child.caregivers.map((caregiver, index) => (
                <Descriptions key={index} column={1} size="small" className="caregiver">
                  <Descriptions.Item label={t('child.relation')}>
                    {relation(caregiver.relation)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('child.caregiverName')}>
                    {caregiver.fullName}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('child.personalId')}>
                    {caregiver.personalId ?? none}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('child.phone')}>
                    {caregiver.phone ?? none}
                  </Descriptions.Item>
                </Descriptions>
              ))
            )}
          </Panel>
        </Col>
        <Col xs={24} lg={12}>
          <Panel title={t('child.circumstances')}>
            <Periods
              entries={child.specialCircumstances.map((entry) => ({
                key: `${entry.code}-${entry.subCode ?? ''}-${entry.since ?? ''}`,
                name: `${entry.code}. ${circumstance(entry.subCode ?? entry.code)}`,
                since: entry.since,
                until: entry.until,
              }))}
            />
          </Panel>
          <Panel title={t('child.risks')} className="card-gap">
            <Periods
              entries={child.riskFactors.map((entry) => ({
                key: `${entry.code}-${entry.since ?? ''}`,
                name: risk(entry.code),
                since: entry.since,
                until: entry.until,
              }))}
            />
          </Panel>
        </Col>
        <Col xs={24}>
          <Panel title={t('child.more')}>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('child.schoolStatus')}>
                {school(child.schoolStatus)}
              </Descriptions.Item>
              <Descriptions.Item label={t('child.disability')}>
                {child.disability ?? none}
              </Descriptions.Item>
              <Descriptions.Item label={t('child.notes')}>{child.notes ?? none}</Descriptions.Item>
            </Descriptions>
          </Panel>
        </Col>
      </Row>
    </>
  );
}

/** Records that may be the same child, each with a way to compare the two. */
function PossibleDuplicates({ child }: { child: Child }) {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const duplicates = useDuplicatesOf(child.id).data ?? [];
  if (duplicates.length === 0) return null;
  return (
    <Panel title={t('child.duplicates')}>
      <ul className="possible-duplicates">
        {duplicates.map((duplicate) => (
          <li key={duplicate.child.id}>
            <Link to={`/children/${duplicate.child.id}`}>{duplicate.child.fullName}</Link>
            {` · ${date(duplicate.child.dateOfBirth)} · `}
            {t('duplicates.likeness', { percent: percent(duplicate.score) })}
            {' · '}
            <Link to={pairPath(child, duplicate.child)}>
              {can('children:merge') ? t('duplicates.compareMerge') : t('duplicates.compare')}
              <span className="visually-hidden">
                {t('duplicates.pairName', { a: child.fullName, b: duplicate.child.fullName })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

interface Period {
  key: string;
  name: string;
  since?: string | null;
  until?: string | null;
}

function Periods({ entries }: { entries: Period[] }) {
  const { t, date } = useI18n();
  if (entries.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('child.noneRecorded')} />;
  }
  return (
    <ul className="periods">
      {entries.map((entry) => (
        <li key={entry.key}>
          <Typography.Text strong>{entry.name}</Typography.Text>{' '}
          {entry.until ? (
            <Tag>{t('child.ended')}</Tag>
          ) : (
            <Tag className="tag-circumstance">{t('child.current')}</Tag>
          )}
          <div>
            {t('child.since')}: {date(entry.since)}
            {entry.until && ` · ${t('child.until')}: ${date(entry.until)}`}
          </div>
        </li>
      ))}
    </ul>
  );
}

function ChildHistory({ child }: { child: Child }) {
  const { t, dateTime } = useI18n();
  const { id } = child;
  const history = useQuery({
    queryKey: ['children', 'history', id],
    queryFn: () => call(api.GET('/api/v1/children/{id}/history', { params: { path: { id } } })),
  });
  // Communes named in the provinces the record has been in.
  const provinces = (history.data ?? []).flatMap((entry) =>
    Object.entries(entry.changes as Record<string, { from: unknown; to: unknown }>)
      .filter(([field]) => field === 'provinceCode')
      .flatMap(([, change]) => [change.from, change.to])
      .filter((code): code is string => typeof code === 'string'),
  );
  const show = useFieldValue([child.provinceCode, ...provinces]);
  const newestFirst = [...(history.data ?? [])].reverse();
  return (
    <Panel title={t('child.history')}>
      {history.error ? (
        <ErrorAlert error={history.error} />
      ) : (
        <DataTable<HistoryEntry>
          caption={t('child.history')}
          rowKey={(entry) => `${entry.at}-${entry.action}-${entry.childId}`}
          rows={newestFirst}
          busy={history.isFetching}
          empty={history.isPending ? t('common.loading') : t('history.empty')}
          columns={[
            { key: 'at', title: t('history.when'), render: (entry) => dateTime(entry.at) },
            {
              key: 'actor',
              title: t('history.who'),
              render: (entry) =>
                (entry.actor as { fullName?: string } | null)?.fullName ?? t('history.system'),
            },
            {
              key: 'action',
              title: t('history.action'),
              render: (entry) => historyAction(entry.action, t),
            },
            {
              key: 'changes',
              title: t('history.changes'),
              render: (entry) => (
                <ul className="changes">
                  {shownChanges(entry).map(([field, change]) => (
                    <li key={field}>
                      <Typography.Text strong>{fieldLabel(field, t)}</Typography.Text>:{' '}
                      {t('history.from')} <del>{show(field, change.from)}</del> {t('history.to')}{' '}
                      <ins>{show(field, change.to)}</ins>
                    </li>
                  ))}
                  {entry.reason && (
                    <li>
                      <Typography.Text strong>{t('history.reason')}</Typography.Text>:{' '}
                      {entry.reason}
                    </li>
                  )}
                </ul>
              ),
            },
          ]}
        />
      )}
    </Panel>
  );
}

/** A record's creation lists every field it was given: the record shows them; the history, the edits. */
const CREATION = new Set(['created', 'imported']);
/** Fields the server keeps for itself (the duplicate key). */
const INTERNAL = new Set(['fingerprint']);

function shownChanges(entry: HistoryEntry): [string, { from: unknown; to: unknown }][] {
  if (CREATION.has(entry.action)) return [];
  return Object.entries(entry.changes as Record<string, { from: unknown; to: unknown }>).filter(
    ([field]) => !INTERNAL.has(field),
  );
}
