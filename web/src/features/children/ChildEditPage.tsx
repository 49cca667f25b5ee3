import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { ErrorAlert, explain } from '../../app/errors';
import NotFoundPage from '../../app/NotFoundPage';
import { Loading } from '../../app/routes';
import { useI18n } from '../../i18n';
import { useCircumstanceGroups } from '../reference/hooks';
import { ChildForm, type ChildValues, toBody, toValues } from './ChildForm';
import { useChild } from './ChildPage';
import { fieldLabel } from './labels';
import { OldCommuneLookup } from './OldCommuneLookup';
import { PROBLEM_FIELD } from './quality';
import { changedFields, showFieldErrors } from './save';

type Child = Schemas['ChildDto'];

/** Someone saved the record after this user opened it: their change, and the user's choices. */
interface Conflict {
  current: Child;
  changedByOther: string[];
  /** Fields both changed: saving over keeps this user's value of them. */
  changedByBoth: string[];
}

export default function ChildEditPage() {
  const { id = '' } = useParams();
  const child = useChild(id);
  if (child.isPending) return <Loading />;
  if (child.error) {
    if (child.error instanceof ApiError && [400, 404].includes(child.error.status))
      return <NotFoundPage />;
    return <ErrorAlert error={child.error} />;
  }
  // The form starts from the version read, and keeps it until a save succeeds.
  return <EditForm key={child.data.id} original={child.data} />;
}

/** The fields the data-quality worklist opens the form at (`?field=personalId`). */
const FIXABLE = new Set<string>(Object.values(PROBLEM_FIELD));

function EditForm({ original }: { original: Child }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const field = params.get('field');
  // Opened from the worklist: a save goes back to it, as it was (its commune and kind).
  const returnTo = (useLocation().state as { returnTo?: string } | null)?.returnTo;
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChildValues>();
  const groups = useCircumstanceGroups();
  // What the form started from (the user's changes are the form less this) and the version the
  // next save names: after a conflict the user may save over the newer version.
  const [base, setBase] = useState(original);
  const [version, setVersion] = useState(original.version);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Required by the server to change what the population database verified.
  const [reason, setReason] = useState('');

  const save = async (values: ChildValues) => {
    setBusy(true);
    setError(null);
    const mine = changedFields(toBody(toValues(base), groups), toBody(values, groups));
    try {
      const saved = await call(
        api.PATCH('/api/v1/children/{id}', {
          params: { path: { id: base.id }, header: { 'If-Match': `"${version}"` } },
          body: { ...mine, reason: reason.trim() || undefined } as Schemas['UpdateChildDto'],
        }),
      );
      queryClient.setQueryData(['children', 'record', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['children'] });
      if (returnTo) void navigate(returnTo, { state: { saved: true } });
      else void navigate(`/children/${saved.id}`);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 412) {
        // Nothing typed is lost: the form keeps it; the other person's change is shown beside it.
        const current = await call(
          api.GET('/api/v1/children/{id}', { params: { path: { id: base.id } } }),
        );
        const theirs = changedFields(
          toBody(toValues(base), groups),
          toBody(toValues(current), groups),
        );
        setConflict({
          current,
          changedByOther: Object.keys(theirs),
          changedByBoth: Object.keys(theirs).filter((field) => field in mine),
        });
      } else {
        showFieldErrors(form, failure);
        setError(explain(failure, t));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" className="page">
      {returnTo ? (
        <Link to={returnTo}>{t('quality.back')}</Link>
      ) : (
        <Link to={`/children/${original.id}`}>{t('form.backToRecord')}</Link>
      )}
      <Typography.Title level={1} className="page-title">
        {t('form.editTitle', { name: original.fullName })}
      </Typography.Title>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('form.conflictTitle')}
          description={
            <>
              <p>{t('form.conflictText', { version: conflict.current.version })}</p>
              <ul>
                {conflict.changedByOther.map((field) => (
                  <li key={field}>
                    {fieldLabel(field, t)}
                    {conflict.changedByBoth.includes(field) && ` (${t('form.conflictBoth')})`}
                  </li>
                ))}
              </ul>
              <Space wrap>
                <Button
                  type="primary"
                  onClick={() => {
                    // Only this user's own changes go, over the version just read: the other
                    // person's changes to other fields stay.
                    setVersion(conflict.current.version);
                    setConflict(null);
                    form.submit();
                  }}
                >
                  {t('form.conflictKeepMine')}
                </Button>
                <Button
                  onClick={() => {
                    setBase(conflict.current);
                    setVersion(conflict.current.version);
                    form.setFieldsValue(toValues(conflict.current));
                    setConflict(null);
                  }}
                >
                  {t('form.conflictTakeTheirs')}
                </Button>
              </Space>
            </>
          }
        />
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      {base.verificationStatus === 'verified' && (
        <Form layout="vertical" component="div" className="verified-reason">
          <Form.Item label={t('form.reason')} htmlFor="verified-reason" help={t('form.reasonHelp')}>
            <Input.TextArea
              id="verified-reason"
              rows={2}
              maxLength={1000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </Form.Item>
        </Form>
      )}
      <ChildForm
        placeExtra={<OldCommuneLookup form={form} />}
        form={form}
        initial={toValues(original)}
        onSubmit={(v) => void save(v)}
        busy={busy}
        submitLabel={t('form.save')}
        focus={field && FIXABLE.has(field) ? (field as keyof ChildValues) : undefined}
      />
    </Space>
  );
}
