import '../../i18n/vi-record';
import { ArrowLeftOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Progress, Radio, Space, Typography, Upload } from 'antd';
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { saveDownload } from '../../api/download';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import NotFoundPage from '../../app/NotFoundPage';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';

type ImportJob = Schemas['ChildImportDto'];
type Kind = ImportJob['kind'];

/** What changes with what is imported: children's records, or the support they receive. */
const TEXT = {
  children: {
    title: 'import.title',
    intro: 'import.intro',
    templateHelp: 'import.templateHelp',
    templateName: 'import.templateName',
    file: 'import.file',
    reportName: 'import.reportName',
    readyAll: 'import.readyAll',
    readyWithErrors: 'import.readyWithErrors',
  },
  supports: {
    title: 'importSupports.title',
    intro: 'importSupports.intro',
    templateHelp: 'importSupports.templateHelp',
    templateName: 'importSupports.templateName',
    file: 'importSupports.file',
    reportName: 'importSupports.reportName',
    readyAll: 'importSupports.readyAll',
    readyWithErrors: 'importSupports.readyWithErrors',
  },
} as const satisfies Record<Kind, Record<string, MessageKey>>;

/** How often a running import is asked for its progress. */
const POLL_MS = 1000;

/** The import screens, for those who may import (the API refuses the others anyway). */
export default function ChildImportPage() {
  const { can } = useAuth();
  return can('children:import') ? <ImportScreen /> : <NotFoundPage />;
}

/** An import job as the API reports it, asked for again until it is done or failed. */
function useImportJob(id: string | null) {
  const { language } = useI18n();
  return useQuery({
    // The report's messages are in the user's language: another language, another answer.
    queryKey: ['child-imports', id, language],
    enabled: id !== null,
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/children/imports/{id}', { signal, params: { path: { id: id! } } })),
    refetchInterval: (query) => (finished(query.state.data) ? false : POLL_MS),
  });
}

function finished(job: ImportJob | undefined): boolean {
  return job?.status === 'done' || job?.status === 'failed';
}

/** Sends the file; the API answers at once with the job that reads it. */
async function startImport(file: File, dryRun: boolean, kind: Kind): Promise<string> {
  const started = await call(
    api.POST('/api/v1/children/imports', {
      // The generated types call a binary part a string; the form sends the file itself.
      body: { file: file as unknown as string, dryRun, kind },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file);
        form.append('kind', kind);
        if (dryRun) form.append('dryRun', 'true');
        return form;
      },
    }),
  );
  return started.id ?? '';
}

/** The import screen: what the file holds (children, or the support they receive), then its steps. */
function ImportScreen() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const kind: Kind = params.get('kind') === 'supports' ? 'supports' : 'children';
  return (
    <Space direction="vertical" size="middle" className="page">
      <Link to="/children">
        <ArrowLeftOutlined aria-hidden /> {t('child.back')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {t(TEXT[kind].title)}
      </Typography.Title>
      <Form layout="vertical" component="div">
        <Form.Item label={t('importSupports.choice')} htmlFor="import-kind">
          <Radio.Group
            id="import-kind"
            value={kind}
            onChange={(event) =>
              setParams(event.target.value === 'supports' ? { kind: 'supports' } : {}, {
                replace: true,
              })
            }
            options={[
              { value: 'children', label: t('importSupports.children') },
              { value: 'supports', label: t('importSupports.supports') },
            ]}
          />
        </Form.Item>
      </Form>
      {/* Another kind is another import: nothing chosen or checked carries over. */}
      <KindScreen key={kind} kind={kind} />
    </Space>
  );
}

/**
 * Template, file, check, import. The rule: a file is imported only after a check (dry run) of
 * those very bytes has finished (they are read into memory when chosen, so an edit of the file on
 * disk afterwards cannot slip in unchecked), and only when the check found rows to add or update.
 * Rows the check refused do not stop the import: the user sees them and either fixes the sheet
 * and chooses it again (which starts over with a new check) or imports the valid rows.
 */
function KindScreen({ kind }: { kind: Kind }) {
  const { t } = useI18n();
  const text = TEXT[kind];
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  // The check of the chosen file: the import sends the very file it checked.
  const [checking, setChecking] = useState<{ id: string; file: File } | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const check = useImportJob(checking?.id ?? null);
  const imported = useImportJob(importId);
  const start = useMutation({
    mutationFn: (job: { file: File; dryRun: boolean }) => startImport(job.file, job.dryRun, kind),
    onSuccess: (id, job) => {
      if (!job.dryRun) return setImportId(id);
      setChecking({ id, file: job.file });
      setImportId(null);
    },
  });
  const template = useMutation({
    mutationFn: () =>
      saveDownload(
        api.GET('/api/v1/children/imports/template', {
          params: { query: { kind } },
          parseAs: 'blob',
        }),
        t(text.templateName),
      ),
  });

  const importDone = imported.data?.status === 'done' ? imported.data : null;
  useEffect(() => {
    // The list, searches and records read the register anew after an import.
    if (importDone) void queryClient.invalidateQueries({ queryKey: ['children'] });
  }, [importDone, queryClient]);

  const working =
    start.isPending ||
    (checking !== null && !finished(check.data)) ||
    (importId !== null && !finished(imported.data));
  const checkStarting = start.isPending && start.variables.dryRun;

  const choose = async (chosen: File) => {
    setReadError(null);
    setChecking(null);
    setImportId(null);
    start.reset();
    try {
      setFile(new File([await chosen.arrayBuffer()], chosen.name, { type: chosen.type }));
    } catch (failure) {
      setFile(null);
      setReadError(failure);
    }
  };

  const checked = check.data?.status === 'done' ? check.data : null;
  const toWrite = checked ? checked.created + checked.updated : 0;

  return (
    <Space direction="vertical" size="middle" className="page">
      <Typography.Paragraph>{t(text.intro)}</Typography.Paragraph>

      <Panel title={t('import.templateStep')}>
        <Typography.Paragraph>{t(text.templateHelp)}</Typography.Paragraph>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          loading={template.isPending}
          onClick={() => template.mutate()}
        >
          {t('import.template')}
        </Button>
        {template.error && (
          <div className="card-gap">
            <ErrorAlert error={template.error} />
          </div>
        )}
      </Panel>

      <Panel title={t('import.fileStep')}>
        <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
          <Form.Item label={t(text.file)} htmlFor="import-file">
            <Space wrap>
              <Upload
                id="import-file"
                accept=".xlsx,.csv"
                maxCount={1}
                showUploadList={false}
                disabled={working}
                beforeUpload={(chosen) => {
                  void choose(chosen);
                  return false;
                }}
              >
                <Button icon={<UploadOutlined aria-hidden />} disabled={working}>
                  {t('import.choose')}
                </Button>
              </Upload>
              <Typography.Text>
                {file
                  ? t('import.chosen', {
                      name: file.name,
                      size: Math.max(1, Math.round(file.size / 1024)),
                    })
                  : t('import.noFile')}
              </Typography.Text>
            </Space>
          </Form.Item>
        </Form>
        <Typography.Paragraph>{t('import.checkHelp')}</Typography.Paragraph>
        <Button
          // The next step is the one primary action: the check until this file has been checked.
          type={checking ? 'default' : 'primary'}
          disabled={!file || working}
          loading={checkStarting}
          onClick={() => file && start.mutate({ file, dryRun: true })}
        >
          {t('import.check')}
        </Button>
        {(readError ?? (start.variables?.dryRun && start.error)) && (
          <div className="card-gap">
            <ErrorAlert error={readError ?? start.error} />
          </div>
        )}
      </Panel>

      {importId !== null ? (
        <Panel title={t('import.importResult')}>
          <JobReport
            job={imported.data}
            error={imported.error}
            progressLabel={t('import.importProgress')}
          />
          {importDone && (
            <Space direction="vertical" className="card-gap">
              <Alert
                type="success"
                showIcon
                title={t('import.finished', { fileName: importDone.fileName })}
              />
              <Link to="/children">{t('import.toList')}</Link>
            </Space>
          )}
        </Panel>
      ) : (
        (checking !== null || checkStarting) && (
          <Panel title={t('import.checkResult')}>
            <JobReport
              job={check.data}
              error={check.error}
              progressLabel={t('import.checkProgress')}
            />
            {checked && (
              <div className="card-gap">
                {toWrite === 0 ? (
                  <Alert type="warning" showIcon title={t('import.nothing')} />
                ) : (
                  <Space direction="vertical">
                    <Alert
                      type={checked.rejected > 0 ? 'warning' : 'info'}
                      showIcon
                      title={t(checked.rejected > 0 ? text.readyWithErrors : text.readyAll, {
                        rejected: checked.rejected,
                        created: checked.created,
                        updated: checked.updated,
                      })}
                    />
                    <Button
                      type="primary"
                      loading={start.isPending}
                      onClick={() =>
                        checking && start.mutate({ file: checking.file, dryRun: false })
                      }
                    >
                      {t('import.run')}
                    </Button>
                    {start.variables?.dryRun === false && start.error && (
                      <ErrorAlert error={start.error} />
                    )}
                  </Space>
                )}
              </div>
            )}
          </Panel>
        )
      )}
    </Space>
  );
}

/** A job's progress, then its outcome: the counts, and the refused rows on screen and as a file. */
function JobReport(props: { job: ImportJob | undefined; error: unknown; progressLabel: string }) {
  const { t } = useI18n();
  const { job } = props;
  if (props.error) return <ErrorAlert error={props.error} />;
  const status = !job
    ? t('import.sending')
    : job.status === 'failed'
      ? t('import.failedShort')
      : job.status === 'queued'
        ? t('import.queued')
        : job.total === null
          ? t('import.counting')
          : t('import.progress', { processed: job.processed, total: job.total });
  const percent =
    job?.status === 'done' ? 100 : job?.total ? Math.floor((job.processed * 100) / job.total) : 0;
  return (
    <>
      <Progress
        percent={percent}
        status={
          job?.status === 'failed' ? 'exception' : job?.status === 'done' ? 'success' : 'active'
        }
        aria-label={props.progressLabel}
        aria-valuetext={status}
      />
      <div aria-live="polite">{status}</div>
      {job?.status === 'failed' && (
        <Alert
          className="card-gap"
          type="error"
          showIcon
          role="alert"
          title={t('import.failed', { fileName: job.fileName })}
          description={job.failure}
        />
      )}
      {job?.status === 'done' && <Outcome job={job} />}
    </>
  );
}

function Outcome({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const id = useId();
  // The whole report, every refused row, as the server writes it (the status holds the first).
  const report = useMutation({
    mutationFn: () =>
      saveDownload(
        api.GET('/api/v1/children/imports/{id}/report', {
          params: { path: { id: job.id } },
          parseAs: 'blob',
        }),
        t(TEXT[job.kind].reportName),
      ),
  });
  const rows = job.errors.map((error, index) => ({ ...error, key: String(index) }));
  const shownRows = new Set(job.errors.map((error) => error.row)).size;
  const columns: Column<(typeof rows)[number]>[] = [
    { key: 'row', title: t('import.col.row'), align: 'right', render: (error) => error.row },
    {
      key: 'column',
      title: t('import.col.field'),
      render: (error) => error.column ?? t('import.wholeRow'),
    },
    { key: 'message', title: t('import.col.message'), render: (error) => error.message },
  ];
  return (
    <>
      <div className="import-counts card-gap">
        {[
          { label: t(job.dryRun ? 'import.wouldCreate' : 'import.created'), value: job.created },
          { label: t(job.dryRun ? 'import.wouldUpdate' : 'import.updated'), value: job.updated },
          { label: t('import.unchanged'), value: job.unchanged },
          { label: t('import.rejected'), value: job.rejected },
        ].map(({ label, value }, index) => (
          // Each figure is a group named by what it counts, so it is read (and found) with it.
          <div role="group" aria-labelledby={`${id}-${index}`} key={label}>
            <div id={`${id}-${index}`}>{label}</div>
            <div className="import-count">{value}</div>
          </div>
        ))}
      </div>
      {rows.length === 0 ? (
        <Typography.Paragraph className="card-gap">{t('import.noErrors')}</Typography.Paragraph>
      ) : (
        <section className="card-gap" aria-labelledby={`${id}-report`}>
          <div className="page-head">
            <h3 className="card-title" id={`${id}-report`}>
              {t('import.report')}
            </h3>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              loading={report.isPending}
              onClick={() => report.mutate()}
            >
              {t('import.downloadReport')}
            </Button>
          </div>
          {report.error && <ErrorAlert error={report.error} />}
          {shownRows < job.rejected && (
            <Typography.Paragraph>
              {t('import.reportPartial', { shown: shownRows, rejected: job.rejected })}
            </Typography.Paragraph>
          )}
          <div className="card-gap">
            <DataTable
              caption={t('import.report')}
              columns={columns}
              rows={rows}
              rowKey={(error) => error.key}
              empty={t('import.noErrors')}
            />
          </div>
        </section>
      )}
    </>
  );
}
