import '../../i18n/vi-screens';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Radio, Space, Typography, Upload } from 'antd';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { saveDownload } from '../../api/download';
import { useAuth } from '../../app/auth';
import { ErrorAlert, explain, fieldMessage } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { CommuneScreen, useChosenCommune } from '../reference/CommuneSelect';
import { SEX_LABEL } from './labels';

type Change = Schemas['PopulationChangeDto'];
type Received = Schemas['ChangesReceivedDto'];
type View = 'open' | 'decided';

const PAGE = 50;

const KIND_LABEL: Record<Change['kind'], MessageKey> = {
  birth: 'changes.kind.birth',
  moved_in: 'changes.kind.movedIn',
  moved_out: 'changes.kind.movedOut',
};

/**
 * Births and moves from the national population database: the commune reads the changes of its
 * children's residence online or from the commune police's list, and settles each one that the
 * registry does not already agree with: add the new child, move the record, or dismiss it with a
 * note.
 */
export default function PopulationChangesPage() {
  const { t, date } = useI18n();
  const queryClient = useQueryClient();
  const listsId = useId();
  const chosen = useChosenCommune();
  const { communeCode } = chosen;
  const [view, setView] = useState<View>('open');
  // The last change settled: it leaves the list as the list reloads; the notice stays.
  const [settled, setSettled] = useState<{ text: string; childId: string | null } | null>(null);

  const list = useInfiniteQuery({
    queryKey: ['population', 'changes', communeCode, view],
    enabled: communeCode !== undefined,
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam, signal }) =>
      call(
        api.GET('/api/v1/population/changes', {
          signal,
          params: {
            query: { communeCode: communeCode!, status: view, limit: PAGE, cursor: pageParam },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const first = list.data?.pages[0];
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const fetch = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/population/changes/fetch', { body: { communeCode: communeCode! } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['population', 'changes'] }),
  });

  const chooseCommune = (code: string) => {
    fetch.reset();
    chosen.choose(code);
  };

  return (
    <CommuneScreen
      title={t('changes.title')}
      intro={t('changes.intro')}
      selectId="changes-commune"
      chosen={chosen}
      onChoose={chooseCommune}
      chooseFirst={t('verification.chooseCommune')}
    >
      {(communeCode) => (
        <>
          <Panel title={t('changes.online')}>
            <Space direction="vertical">
              <Typography.Text>
                {first?.readTo
                  ? t('changes.readTo', { date: date(first.readTo) })
                  : t('changes.neverRead')}
              </Typography.Text>
              <Button type="primary" onClick={() => fetch.mutate()} loading={fetch.isPending}>
                {t('changes.fetch')}
              </Button>
              {fetch.error && <ErrorAlert error={fetch.error} />}
              <div aria-live="polite">{fetch.data && <ReceivedNotice received={fetch.data} />}</div>
            </Space>
          </Panel>
          <ChangesFile communeCode={communeCode} />
          <Radio.Group
            name="changes-list"
            aria-labelledby={listsId}
            value={view}
            onChange={(event) => setView(event.target.value as View)}
          >
            <span id={listsId} className="visually-hidden">
              {t('changes.lists')}
            </span>
            <Radio value="open">
              {t('changes.list.open', { count: first?.counts.open ?? '…' })}
            </Radio>
            <Radio value="decided">{t('changes.list.decided')}</Radio>
          </Radio.Group>
          {list.error && <ErrorAlert error={list.error} />}
          <div aria-live="polite">
            {settled && (
              <Alert
                type="success"
                showIcon
                role="status"
                title={settled.text}
                action={
                  settled.childId && (
                    <Link to={`/children/${settled.childId}`}>{t('changes.openRecord')}</Link>
                  )
                }
              />
            )}
          </div>
          {list.isSuccess && items.length === 0 && (
            <Typography.Paragraph>
              {view === 'open' ? t('changes.emptyOpen') : t('changes.emptyDecided')}
            </Typography.Paragraph>
          )}
          {items.map((change) =>
            change.status === 'open' ? (
              <OpenChange key={change.id} change={change} onSettled={setSettled} />
            ) : (
              <DecidedChange key={change.id} change={change} />
            ),
          )}
          {list.hasNextPage && (
            <Button
              block
              onClick={() => void list.fetchNextPage()}
              loading={list.isFetchingNextPage}
            >
              {t('children.loadMore')}
            </Button>
          )}
        </>
      )}
    </CommuneScreen>
  );
}

/** What a read brought, and the rows of a file it could not read. */
function ReceivedNotice({ received }: { received: Received }) {
  const { t, date } = useI18n();
  const counts = { received: received.received, new: received.new, open: received.open };
  return (
    <Alert
      type={received.rejected.length > 0 ? 'warning' : 'success'}
      showIcon
      role="status"
      title={
        received.from && received.to
          ? t('changes.readOnline', { ...counts, from: date(received.from), to: date(received.to) })
          : t('changes.readFile', counts)
      }
      description={
        received.rejected.length > 0 && (
          <>
            <p>{t('verification.file.rejected', { count: received.rejected.length })}</p>
            <ul className="plain-list">
              {received.rejected.map((r) => (
                <li key={r.row}>
                  {t('verification.file.row', { row: r.row, message: r.message })}
                </li>
              ))}
            </ul>
          </>
        )
      }
    />
  );
}

/** The child as the population database holds them, and the change. */
function ChangeHeading({ change, headingId }: { change: Change; headingId: string }) {
  const { t, date } = useI18n();
  const { person } = change;
  return (
    <>
      <h2 className="panel-title" id={headingId}>
        {t(KIND_LABEL[change.kind])}: {person.fullName}
      </h2>
      <Typography.Paragraph type="secondary">
        {t('changes.on', { date: date(change.date) })}
        {change.otherCommune &&
          ` · ${t(change.kind === 'moved_out' ? 'changes.to' : 'changes.from', {
            commune: change.otherCommune.name ?? change.otherCommune.code,
          })}`}
        {' · '}
        {t('changes.person', {
          dateOfBirth: date(person.dateOfBirth),
          sex: t(SEX_LABEL[person.sex] ?? 'sex.unknown'),
          personalId: person.personalId,
        })}
      </Typography.Paragraph>
    </>
  );
}

/** A change to act on: what accepting it does, and the note to dismiss it with instead. */
function OpenChange({
  change,
  onSettled,
}: {
  change: Change;
  onSettled: (notice: { text: string; childId: string | null }) => void;
}) {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const headingId = useId();
  const noteId = useId();
  const [note, setNote] = useState('');
  const name = change.person.fullName;
  const done = (text: string) => (result: Change) => {
    onSettled({ text, childId: result.childId });
    void queryClient.invalidateQueries({ queryKey: ['population', 'changes'] });
    void queryClient.invalidateQueries({ queryKey: ['children'] });
  };
  const accept = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/population/changes/{id}/accept', {
          params: { path: { id: change.id } },
        }),
      ),
    onSuccess: done(t('changes.accepted', { name })),
  });
  const dismiss = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/population/changes/{id}/dismiss', {
          params: { path: { id: change.id } },
          body: { note },
        }),
      ),
    onSuccess: done(t('changes.dismissed', { name })),
  });
  const noteError = fieldMessage(dismiss.error, 'note');
  const place = change.record?.commune.name ?? change.record?.commune.code ?? '';
  const other = change.otherCommune?.name ?? change.otherCommune?.code ?? '';
  const what: Record<NonNullable<Change['action']>, { text: string; button: string | null }> = {
    add: { text: t('changes.action.add'), button: t('changes.add') },
    move_here: {
      text: t('changes.action.moveHere', { commune: place }),
      button: t('changes.moveHere'),
    },
    move_away: {
      text: t('changes.action.moveAway', { commune: other }),
      button: t('changes.moveAway', { commune: other }),
    },
    check: { text: t('changes.action.check'), button: null },
    none: { text: t('changes.action.none'), button: t('changes.close') },
  };
  const action = what[change.action ?? 'none'];

  return (
    <section className="panel verification-item" aria-labelledby={headingId}>
      <ChangeHeading change={change} headingId={headingId} />
      <Typography.Paragraph>
        {action.text}
        {change.action === 'move_away' && change.record && (
          <>
            {' '}
            <Link className="in-text" to={`/children/${change.record.id}`}>
              {t('changes.openRecord')}
            </Link>
          </>
        )}
      </Typography.Paragraph>
      {change.sameChild.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('changes.sameChild')}
          description={
            <ul className="plain-list">
              {change.sameChild.map((child) => (
                <li key={child.id}>
                  <Link to={`/children/${child.id}`}>{child.fullName}</Link>,{' '}
                  {date(child.dateOfBirth)}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {can('children:verify') && (
        <Space direction="vertical" className="change-actions">
          {action.button && (
            <Button type="primary" onClick={() => accept.mutate()} loading={accept.isPending}>
              {action.button}
              <span className="visually-hidden"> {name}</span>
            </Button>
          )}
          {accept.error && <Alert type="error" showIcon title={explain(accept.error, t)} />}
          <Form layout="vertical" onFinish={() => dismiss.mutate()}>
            <Form.Item
              label={t('changes.note')}
              htmlFor={noteId}
              help={noteError ?? t('changes.noteHelp')}
              validateStatus={noteError ? 'error' : undefined}
            >
              <Input.TextArea
                id={noteId}
                rows={2}
                maxLength={1000}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            </Form.Item>
            {dismiss.error && !noteError && (
              <Alert type="error" showIcon title={explain(dismiss.error, t)} />
            )}
            <Button htmlType="submit" loading={dismiss.isPending}>
              {t('changes.dismiss')}
              <span className="visually-hidden"> {name}</span>
            </Button>
          </Form>
        </Space>
      )}
    </section>
  );
}

/** A change acted on: who did what, and when. */
function DecidedChange({ change }: { change: Change }) {
  const { t, dateTime } = useI18n();
  const headingId = useId();
  return (
    <section className="panel verification-item" aria-labelledby={headingId}>
      <ChangeHeading change={change} headingId={headingId} />
      <Typography.Paragraph>
        {t(change.status === 'done' ? 'changes.doneBy' : 'changes.dismissedBy', {
          name: change.decidedBy?.fullName ?? '',
          time: change.decidedAt ? dateTime(change.decidedAt) : '',
        })}
        {change.note && ` ${t('changes.because', { note: change.note })}`}
        {change.childId && (
          <>
            {' '}
            <Link className="in-text" to={`/children/${change.childId}`}>
              {t('changes.openRecord')}
            </Link>
          </>
        )}
      </Typography.Paragraph>
    </section>
  );
}

/** The commune police's list, where there is no online connection: a blank one, and theirs back. */
function ChangesFile({ communeCode }: { communeCode: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const template = useMutation({
    mutationFn: () =>
      saveDownload(
        api.GET('/api/v1/population/changes/file-template', { parseAs: 'blob' }),
        t('changes.file.name'),
      ),
  });
  const upload = useMutation({
    mutationFn: (file: File) =>
      call(
        api.POST('/api/v1/population/changes/file', {
          params: { query: { communeCode } },
          // The generated types call a binary part a string; the form sends the file itself.
          body: { file: file as unknown as string },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file);
            return form;
          },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['population', 'changes'] }),
  });
  return (
    <Panel title={t('changes.file')}>
      <Typography.Paragraph>{t('changes.file.intro')}</Typography.Paragraph>
      <Space direction="vertical">
        <Button
          icon={<DownloadOutlined aria-hidden />}
          onClick={() => template.mutate()}
          loading={template.isPending}
        >
          {t('changes.file.template')}
        </Button>
        {template.error && <ErrorAlert error={template.error} />}
        <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
          <Form.Item label={t('changes.file.list')} htmlFor="changes-file">
            <Upload
              id="changes-file"
              accept=".xlsx,.csv"
              maxCount={1}
              showUploadList={false}
              disabled={upload.isPending}
              beforeUpload={(file) => {
                upload.mutate(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
                {t('changes.file.choose')}
              </Button>
            </Upload>
          </Form.Item>
        </Form>
        {upload.error && <ErrorAlert error={upload.error} />}
        <div aria-live="polite">{upload.data && <ReceivedNotice received={upload.data} />}</div>
      </Space>
    </Panel>
  );
}
