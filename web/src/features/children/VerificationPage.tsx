import '../../i18n/vi-screens';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, Radio, Space, Typography, Upload } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { saveDownload } from '../../api/download';
import { useAuth } from '../../app/auth';
import { ErrorAlert, explain, fieldMessage } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import { CommuneScreen, useChosenCommune } from '../reference/CommuneSelect';
import { fieldLabel, SEX_LABEL, VERIFICATION_LABEL } from './labels';

type Item = Schemas['WorklistItemDto'];
type Run = Schemas['VerificationRunDto'];
type Difference = Schemas['FieldDifferenceDto'];
type View = 'open' | 'disputed';

const PAGE = 50;
const ACTIVE: Run['status'][] = ['queued', 'running', 'waiting'];

/**
 * The commune's records against the national population database (Đề án 06, step 3): an online
 * check of every child as a job whose progress shows here, the state of the commune's records,
 * and the reconciliation worklist, where each record that differs is settled field by field.
 */
export default function VerificationPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const listsId = useId();
  const countsId = useId();
  const chosen = useChosenCommune();
  const { communeCode, communeName } = chosen;
  const [view, setView] = useState<View>('open');
  const [force, setForce] = useState(false);
  // The last record settled: it leaves the list as the list reloads; the notice stays.
  const [saved, setSaved] = useState<string | null>(null);

  const runs = useQuery({
    queryKey: ['population', 'runs', communeCode],
    enabled: communeCode !== undefined,
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/population/verification-runs', {
          signal,
          params: { query: { communeCode: communeCode! } },
        }),
      ),
    // While a run is under way, its progress.
    refetchInterval: (query) =>
      query.state.data?.[0] && ACTIVE.includes(query.state.data[0].status) ? 1_500 : false,
  });
  const latest = runs.data?.[0];
  const active = latest !== undefined && ACTIVE.includes(latest.status);

  const list = useInfiniteQuery({
    queryKey: ['children', 'verification-worklist', communeCode, view],
    enabled: communeCode !== undefined,
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam, signal }) =>
      call(
        api.GET('/api/v1/children/verification-worklist', {
          signal,
          params: {
            query: {
              communeCode: communeCode!,
              status: view === 'disputed' ? 'disputed' : undefined,
              limit: PAGE,
              cursor: pageParam,
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const counts = list.data?.pages[0]?.counts;
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  // A run that ends (or is found ended after starting) changes the worklist.
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (!runs.isSuccess) return;
    const key = latest ? `${latest.id}:${latest.status}` : '';
    if (seen.current !== null && seen.current !== key && !active) {
      void queryClient.invalidateQueries({ queryKey: ['children'] });
    }
    seen.current = key;
  }, [runs.isSuccess, latest, active, queryClient]);

  const start = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/population/verification-runs', {
          body: { communeCode: communeCode!, force },
        }),
      ),
    onSuccess: () => runs.refetch(),
  });

  return (
    <CommuneScreen
      title={t('verification.title')}
      intro={t('verification.intro')}
      selectId="verification-commune"
      chosen={chosen}
      chooseFirst={t('verification.chooseCommune')}
    >
      {(communeCode) => (
        <>
          <Panel title={t('verification.online')}>
            <Space direction="vertical">
              <Checkbox checked={force} onChange={(event) => setForce(event.target.checked)}>
                {t('verification.force')}
              </Checkbox>
              <Button
                type="primary"
                onClick={() => start.mutate()}
                loading={start.isPending}
                disabled={active}
              >
                {t('verification.start')}
              </Button>
              {start.error && <ErrorAlert error={start.error} />}
              {runs.error && <ErrorAlert error={runs.error} />}
              <div aria-live="polite">{latest && <RunState run={latest} />}</div>
            </Space>
          </Panel>
          <FileCheck communeCode={communeCode} />
          {counts && (
            <section className="panel" aria-labelledby={countsId}>
              <h2 className="panel-title" id={countsId}>
                {t('verification.counts', { commune: communeName ?? communeCode })}
              </h2>
              <ul className="verification-counts">
                {(
                  [
                    ['verified', counts.verified],
                    ['mismatch', counts.mismatch],
                    ['not_found', counts.notFound],
                    ['disputed', counts.disputed],
                    ['unchecked', counts.unchecked],
                  ] as const
                ).map(([status, count]) => (
                  <li key={status}>
                    {t(VERIFICATION_LABEL[status])}: <strong>{count}</strong>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Radio.Group
            name="verification-list"
            aria-labelledby={listsId}
            value={view}
            onChange={(event) => setView(event.target.value as View)}
          >
            <span id={listsId} className="visually-hidden">
              {t('verification.lists')}
            </span>
            <Radio value="open">{t('verification.list.open')}</Radio>
            <Radio value="disputed">{t('verification.list.disputed')}</Radio>
          </Radio.Group>
          {list.error && <ErrorAlert error={list.error} />}
          <div aria-live="polite">
            {saved && (
              <Alert
                type="success"
                showIcon
                role="status"
                title={t('verification.saved', { name: saved })}
              />
            )}
          </div>
          <div aria-live="polite" className="result-count">
            {list.isSuccess &&
              (list.hasNextPage
                ? t('verification.shownMore', { count: items.length })
                : t('verification.shown', { count: items.length }))}
          </div>
          {list.isSuccess && items.length === 0 && (
            <Typography.Paragraph>{t('verification.empty')}</Typography.Paragraph>
          )}
          {items.map((item) => (
            <Resolution
              key={`${item.child.id}-${item.child.version}`}
              item={item}
              view={view}
              onSaved={setSaved}
            />
          ))}
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

function RunState({ run }: { run: Run }) {
  const { t, dateTime } = useI18n();
  const result = t('verification.run.result', {
    verified: run.verified,
    mismatched: run.mismatched,
    notFound: run.notFound,
  });
  switch (run.status) {
    case 'queued':
      return <Typography.Text role="status">{t('verification.run.queued')}</Typography.Text>;
    case 'running':
      return (
        <Typography.Text role="status">
          {t('verification.run.running', { processed: run.processed, total: run.total ?? '…' })}
          {' · '}
          {result}
        </Typography.Text>
      );
    case 'waiting':
      return (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={t('verification.run.waiting', { message: run.message ?? '' })}
          description={result}
        />
      );
    case 'done':
      return (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('verification.run.done', {
            processed: run.processed,
            time: dateTime(run.finishedAt ?? run.createdAt),
          })}
          description={result}
        />
      );
    case 'failed':
      return (
        <Alert
          type="error"
          showIcon
          title={t('verification.run.failed', { message: run.message ?? '' })}
        />
      );
  }
}

/** One record of the worklist: ours beside the database's, each difference to take or keep. */
function Resolution({
  item,
  view,
  onSaved,
}: {
  item: Item;
  view: View;
  onSaved: (name: string) => void;
}) {
  const { t, date, dateTime } = useI18n();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const headingId = useId();
  const noteId = useId();
  const { child, check, differences } = item;
  const [taken, setTaken] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const notFound = check.found === null;
  // A disputed record can only take every remaining value now (the server's rule).
  const settle = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/children/{id}/verification/resolve', {
          params: { path: { id: child.id }, header: { 'If-Match': `"${child.version}"` } },
          body: {
            accept: differences.map((d) => d.field).filter((field) => taken.has(field)),
            note: note.trim() || undefined,
          },
        }),
      ),
    onSuccess: () => {
      onSaved(child.fullName);
      void queryClient.invalidateQueries({ queryKey: ['children'] });
    },
  });
  const noteError = fieldMessage(settle.error, 'note');
  const show = (difference: Difference, value: string | null) => {
    if (value === null) return t('common.none');
    if (difference.field === 'dateOfBirth') return date(value);
    if (difference.field === 'sex') return t(SEX_LABEL[value] ?? 'sex.unknown');
    return value;
  };

  return (
    <section className="panel verification-item" aria-labelledby={headingId}>
      <h2 className="panel-title" id={headingId}>
        <Link to={`/children/${child.id}`}>{child.fullName}</Link>
      </h2>
      <Typography.Paragraph type="secondary">
        {date(child.dateOfBirth)}
        {child.village && ` · ${child.village}`}
        {' · '}
        {t(VERIFICATION_LABEL[child.verificationStatus])}
        {' · '}
        {t('verification.checkedAt', { time: dateTime(check.checkedAt) })}
      </Typography.Paragraph>
      {settle.isSuccess ? null : (
        <>
          {notFound ? (
            <Alert type="warning" showIcon title={t('verification.notFound')} />
          ) : (
            <div className="data-table">
              <table>
                <caption className="visually-hidden">
                  {t('verification.compare', { name: child.fullName })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('verification.col.field')}</th>
                    <th scope="col">{t('verification.col.ours')}</th>
                    <th scope="col">{t('verification.col.theirs')}</th>
                    <th scope="col">{t('verification.col.take')}</th>
                  </tr>
                </thead>
                <tbody>
                  {differences.map((difference) => (
                    <tr key={difference.field}>
                      <th scope="row">{fieldLabel(difference.field, t)}</th>
                      <td>{show(difference, difference.ours)}</td>
                      <td>{show(difference, difference.theirs)}</td>
                      <td>
                        <Checkbox
                          checked={taken.has(difference.field)}
                          disabled={!can('children:verify')}
                          onChange={(event) => {
                            const next = new Set(taken);
                            if (event.target.checked) next.add(difference.field);
                            else next.delete(difference.field);
                            setTaken(next);
                          }}
                          aria-label={t('verification.take', {
                            field: fieldLabel(difference.field, t).toLocaleLowerCase('vi'),
                          })}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {can('children:verify') && (
            <Form layout="vertical" onFinish={() => settle.mutate()}>
              {view === 'open' && (
                <Form.Item
                  label={t('verification.note')}
                  htmlFor={noteId}
                  help={noteError ?? t('verification.noteHelp')}
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
              )}
              {settle.error && !noteError && (
                <Alert type="error" showIcon title={explain(settle.error, t)} />
              )}
              <Button htmlType="submit" loading={settle.isPending}>
                {t('verification.save')}
                <span className="visually-hidden"> {child.fullName}</span>
              </Button>
            </Form>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The check by file, where the commune has no online connection: the list to hand to the commune
 * police, and their answered file back (the same states as an online check).
 */
function FileCheck({ communeCode }: { communeCode: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [all, setAll] = useState(false);
  const download = useMutation({
    mutationFn: () =>
      saveDownload(
        api.GET('/api/v1/population/verification-file', {
          params: { query: { communeCode, all } },
          parseAs: 'blob',
        }),
        t('verification.file.name'),
      ),
  });
  const upload = useMutation({
    mutationFn: (file: File) =>
      call(
        api.POST('/api/v1/population/verification-file', {
          // The generated types call a binary part a string; the form sends the file itself.
          body: { file: file as unknown as string },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file);
            return form;
          },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['children'] }),
  });
  const result = upload.data;
  return (
    <Panel title={t('verification.file')}>
      <Typography.Paragraph>{t('verification.file.intro')}</Typography.Paragraph>
      <Space direction="vertical">
        <Checkbox checked={all} onChange={(event) => setAll(event.target.checked)}>
          {t('verification.file.all')}
        </Checkbox>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          onClick={() => download.mutate()}
          loading={download.isPending}
        >
          {t('verification.file.download')}
        </Button>
        {download.error && <ErrorAlert error={download.error} />}
        <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
          <Form.Item label={t('verification.file.answers')} htmlFor="verification-answers">
            <Upload
              id="verification-answers"
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
                {t('verification.file.choose')}
              </Button>
            </Upload>
          </Form.Item>
        </Form>
        {upload.error && <ErrorAlert error={upload.error} />}
        <div aria-live="polite">
          {result && (
            <Alert
              type={result.rejected.length > 0 ? 'warning' : 'success'}
              showIcon
              role="status"
              title={t('verification.file.recorded', {
                verified: result.verified,
                mismatched: result.mismatched,
                notFound: result.notFound,
                unanswered: result.unanswered,
              })}
              description={
                result.rejected.length > 0 && (
                  <>
                    <p>{t('verification.file.rejected', { count: result.rejected.length })}</p>
                    <ul className="plain-list">
                      {result.rejected.map((r) => (
                        <li key={r.row}>
                          {t('verification.file.row', { row: r.row, message: r.message })}
                        </li>
                      ))}
                    </ul>
                  </>
                )
              }
            />
          )}
        </div>
      </Space>
    </Panel>
  );
}
