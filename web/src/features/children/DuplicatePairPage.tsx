import { ArrowLeftOutlined, DiffOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Modal, Radio, Space, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { ErrorAlert } from '../../app/errors';
import NotFoundPage from '../../app/NotFoundPage';
import { Loading } from '../../app/routes';
import { useI18n } from '../../i18n';
import { useChild } from './ChildPage';
import { percent, Reasons, useDuplicatesOf } from './duplicates';
import { useFieldValue } from './field-values';
import { DOB_PRECISION_LABEL } from './labels';
import type { MergeNotice } from './MergeNotice';

type Child = Schemas['ChildDto'];
type MergeField = keyof Schemas['MergeChoicesDto'];
type Side = 'a' | 'b';
/** Which record's value a field keeps; a list may keep the entries of both. */
type Choice = Side | 'both';

interface Field {
  key: MergeField | 'personalId' | 'createdAt';
  label: string;
  /** What is compared: a date of birth with its precision, a commune with its province. */
  value: (child: Child) => unknown;
  show: (child: Child) => ReactNode;
  /** One record's value, or a list (which may keep both); none: not the user's to choose. */
  choice?: 'one' | 'list';
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length);
const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

export default function DuplicatePairPage() {
  const { id = '', otherId = '' } = useParams();
  const { t } = useI18n();
  const a = useChild(id);
  const b = useChild(otherId);
  if (a.isPending || b.isPending) return <Loading />;
  const error = a.error ?? b.error;
  if (error) {
    if (error instanceof ApiError && [400, 404].includes(error.status)) return <NotFoundPage />;
    return <ErrorAlert error={error} />;
  }
  const back = (
    <Link to="/children/duplicates">
      <ArrowLeftOutlined aria-hidden /> {t('pair.back')}
    </Link>
  );
  // A record merged already reads as the one it was merged into.
  if (a.data!.id !== id || b.data!.id !== otherId) {
    const survivors = [...new Map([a.data!, b.data!].map((c) => [c.id, c])).values()];
    return (
      <Space direction="vertical" size="middle" className="page">
        {back}
        <Typography.Title level={1} className="page-title">
          {t('pair.title')}
        </Typography.Title>
        <Alert
          type="info"
          showIcon
          title={t('pair.alreadyMerged')}
          description={
            <Space wrap>
              {survivors.map((child) => (
                <Link key={child.id} to={`/children/${child.id}`}>
                  {t('pair.openRecord', { name: child.fullName })}
                </Link>
              ))}
            </Space>
          }
        />
      </Space>
    );
  }
  return (
    <Space direction="vertical" size="middle" className="page">
      {back}
      <Comparison a={a.data!} b={b.data!} />
    </Space>
  );
}

function useFields(a: Child, b: Child): Field[] {
  const { t, date, dateTime } = useI18n();
  const display = useFieldValue([a.provinceCode, b.provinceCode]);
  const as = (field: keyof Child) => (c: Child) => display(field, c[field]);

  return [
    {
      key: 'createdAt',
      label: t('pair.createdAt'),
      value: () => null, // shown, not compared
      show: (c) => dateTime(c.createdAt),
    },
    {
      key: 'fullName',
      label: t('child.fullName'),
      value: (c) => c.fullName,
      show: as('fullName'),
      choice: 'one',
    },
    {
      key: 'dateOfBirth',
      label: t('child.dateOfBirth'),
      value: (c) => [c.dateOfBirth, c.dobPrecision],
      show: (c) => {
        const precision = DOB_PRECISION_LABEL[c.dobPrecision];
        return precision ? `${date(c.dateOfBirth)} (${t(precision)})` : date(c.dateOfBirth);
      },
      choice: 'one',
    },
    {
      key: 'sex',
      label: t('child.sex'),
      value: (c) => c.sex,
      show: as('sex'),
      choice: 'one',
    },
    {
      key: 'ethnicityCode',
      label: t('child.ethnicity'),
      value: (c) => c.ethnicityCode,
      show: as('ethnicityCode'),
      choice: 'one',
    },
    {
      key: 'personalId',
      label: t('child.personalId'),
      value: (c) => c.personalId,
      show: as('personalId'),
    },
    {
      key: 'communeCode',
      label: t('child.commune'),
      value: (c) => [c.provinceCode, c.communeCode],
      show: (c) => (
        <>
          {display('communeCode', c.communeCode)}, {display('provinceCode', c.provinceCode)}
        </>
      ),
      choice: 'one',
    },
    {
      key: 'village',
      label: t('child.village'),
      value: (c) => c.village,
      show: as('village'),
      choice: 'one',
    },
    {
      key: 'address',
      label: t('child.address'),
      value: (c) => c.address,
      show: as('address'),
      choice: 'one',
    },
    {
      key: 'caregivers',
      label: t('child.caregivers'),
      value: (c) => c.caregivers,
      show: as('caregivers'),
      choice: 'list',
    },
    {
      key: 'specialCircumstances',
      label: t('child.circumstances'),
      value: (c) => c.specialCircumstances,
      show: as('specialCircumstances'),
      choice: 'list',
    },
    {
      key: 'riskFactors',
      label: t('child.risks'),
      value: (c) => c.riskFactors,
      show: as('riskFactors'),
      choice: 'list',
    },
    {
      key: 'schoolStatus',
      label: t('child.schoolStatus'),
      value: (c) => c.schoolStatus,
      show: as('schoolStatus'),
      choice: 'one',
    },
    {
      key: 'disability',
      label: t('child.disability'),
      value: (c) => c.disability,
      show: as('disability'),
      choice: 'one',
    },
    {
      key: 'notes',
      label: t('child.notes'),
      value: (c) => c.notes,
      show: as('notes'),
      choice: 'one',
    },
  ];
}

/** The two records field by field, the differences marked; the merge, for those who may. */
function Comparison({ a, b }: { a: Child; b: Child }) {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const fields = useFields(a, b);
  const duplicates = useDuplicatesOf(a.id);
  const score = duplicates.data?.find((d) => d.child.id === b.id);
  const mayMerge = can('children:merge');
  const record = (side: Side) => t('pair.record', { record: side.toUpperCase() });

  // Until the user picks: the value of A, or of B where A has none; lists keep both.
  const differs = (field: Field) => !same(field.value(a), field.value(b));
  const initial = (field: Field): Choice =>
    field.choice === 'list'
      ? 'both'
      : isEmpty(field.value(a)) && !isEmpty(field.value(b))
        ? 'b'
        : 'a';
  const [picked, setPicked] = useState<Partial<Record<MergeField, Choice>>>({});
  const choiceOf = (field: Field & { key: MergeField }) => picked[field.key] ?? initial(field);
  const choosable = fields.filter(
    (field): field is Field & { key: MergeField } => !!field.choice && differs(field),
  );
  const [survivorSide, setSurvivorSide] = useState<Side>('a');
  const [confirming, setConfirming] = useState(false);

  const survivor = survivorSide === 'a' ? a : b;
  const duplicate = survivorSide === 'a' ? b : a;
  const merge = useMutation({
    mutationFn: () => {
      const values: Schemas['MergeChoicesDto'] = {};
      for (const field of choosable) {
        const choice = choiceOf(field);
        if (choice !== 'both')
          values[field.key] = choice === survivorSide ? 'survivor' : 'duplicate';
      }
      return call(
        api.POST('/api/v1/children/{id}/merge', {
          params: { path: { id: survivor.id }, header: { 'If-Match': `"${survivor.version}"` } },
          body: { duplicateId: duplicate.id, duplicateVersion: duplicate.version, values },
        }),
      );
    },
    onSuccess: async (merged) => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['children'] });
      const notice: MergeNotice = {
        merged: { mergeId: merged.mergeId, name: duplicate.fullName },
      };
      void navigate(`/children/${merged.id}`, { state: notice });
    },
    onError: async (failure) => {
      setConfirming(false);
      // A record changed meanwhile: show it as it is now, to choose again.
      if (failure instanceof ApiError && failure.status === 412) {
        await queryClient.invalidateQueries({ queryKey: ['children', 'record'] });
      }
    },
  });

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('pair.title')}
      </Typography.Title>
      <section className="panel" aria-labelledby="pair-score">
        <h2 className="panel-title" id="pair-score">
          {score
            ? t('pair.score', { percent: percent(score.score) })
            : duplicates.isPending
              ? t('common.loading')
              : t('pair.noScore')}
        </h2>
        {score && <Reasons reasons={score.reasons} />}
        <Space wrap className="pair-links">
          {(['a', 'b'] as const).map((side) => {
            const child = side === 'a' ? a : b;
            return (
              <Link key={side} to={`/children/${child.id}`}>
                {t('pair.openSide', { record: side.toUpperCase(), name: child.fullName })}
              </Link>
            );
          })}
        </Space>
      </section>
      <Typography.Paragraph className="flush">
        {t('pair.differences', { count: fields.filter(differs).length })}{' '}
        {mayMerge && t('pair.instructions')}
      </Typography.Paragraph>
      <div className="data-table">
        <table className="pair-table">
          <caption className="visually-hidden">{t('pair.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pair.field')}</th>
              <th scope="col">{record('a')}</th>
              <th scope="col">{record('b')}</th>
              {mayMerge && <th scope="col">{t('pair.keep')}</th>}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const marked = differs(field);
              return (
                <tr key={field.key} className={marked ? 'pair-differs' : undefined}>
                  <th scope="row">
                    {field.label}
                    {marked && (
                      <div>
                        <Tag className="tag-differ" icon={<DiffOutlined aria-hidden />}>
                          {t('pair.differ')}
                        </Tag>
                      </div>
                    )}
                  </th>
                  <td data-label={record('a')}>{field.show(a)}</td>
                  <td data-label={record('b')}>{field.show(b)}</td>
                  {mayMerge && (
                    <td
                      data-label={marked ? t('pair.keep') : undefined}
                      className={marked ? undefined : 'pair-no-choice'}
                    >
                      {marked && field.choice ? (
                        <Radio.Group
                          aria-label={field.label}
                          className="pair-choice"
                          value={choiceOf(field as Field & { key: MergeField })}
                          onChange={(event) =>
                            setPicked({ ...picked, [field.key]: event.target.value as Choice })
                          }
                          options={[
                            { value: 'a', label: record('a') },
                            { value: 'b', label: record('b') },
                            ...(field.choice === 'list'
                              ? [{ value: 'both', label: t('pair.both') }]
                              : []),
                          ]}
                        />
                      ) : (
                        marked && field.key === 'personalId' && t('pair.personalIdKept')
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {mayMerge && (
        <section className="panel" aria-labelledby="pair-merge">
          <h2 className="panel-title" id="pair-merge">
            {t('pair.mergeTitle')}
          </h2>
          <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
            <Form.Item label={t('pair.survivor')} help={t('pair.survivorHelp')}>
              <Radio.Group
                aria-label={t('pair.survivor')}
                className="pair-survivor"
                value={survivorSide}
                onChange={(event) => setSurvivorSide(event.target.value as Side)}
                options={(['a', 'b'] as const).map((side) => {
                  const child = side === 'a' ? a : b;
                  return {
                    value: side,
                    label: t('pair.survivorOption', {
                      record: record(side),
                      name: child.fullName,
                      date: date(child.createdAt),
                    }),
                  };
                })}
              />
            </Form.Item>
          </Form>
          {merge.error && <ErrorAlert error={merge.error} />}
          <Button
            type="primary"
            className="card-gap"
            icon={<MergeCellsOutlined aria-hidden />}
            onClick={() => setConfirming(true)}
          >
            {t('pair.merge')}
          </Button>
          <Modal
            open={confirming}
            title={t('pair.confirmTitle')}
            okText={t('pair.merge')}
            cancelText={t('pair.cancel')}
            confirmLoading={merge.isPending}
            onOk={() => merge.mutate()}
            onCancel={() => setConfirming(false)}
          >
            {t('pair.confirmText', {
              merged: `${record(survivorSide === 'a' ? 'b' : 'a')} (${duplicate.fullName})`,
              survivor: `${record(survivorSide)} (${survivor.fullName})`,
            })}
          </Modal>
        </section>
      )}
    </>
  );
}
