import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Radio, Space, Typography } from 'antd';
import { useId, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import { CommuneSelect } from '../reference/CommuneSelect';
import { useCommunesInScope } from '../reference/hooks';
import { DOB_PRECISION_LABEL } from './labels';
import { type DataProblem, isProblem, PROBLEM_FIELD, PROBLEM_LABEL, PROBLEMS } from './quality';

type Item = Schemas['DataQualityItemDto'];

const PAGE = 50;

/** The worklist's URL query: its commune and kind of problem. */
function searchOf(commune: string | undefined, problem: DataProblem | undefined): URLSearchParams {
  const search = new URLSearchParams();
  if (commune) search.set('commune', commune);
  if (problem) search.set('problem', problem);
  return search;
}

/**
 * The cleaning worklist of a commune (làm sạch dữ liệu, Đề án 06): its problems by kind with their
 * counts, and the records to fix, each opening the edit form at the field to correct. The commune
 * and the kind chosen are in the URL (codes, not personal data), so a fix comes back to them.
 */
export default function DataQualityPage() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const kindsId = useId();
  const communes = useCommunesInScope();
  // The choice shows at once; the URL follows (a navigation, which React may render later).
  const [chosen, setChosen] = useState(() => ({
    commune: params.get('commune'),
    problem: params.get('problem'),
  }));
  const communeCode =
    communes.options.find((c) => c.code === chosen.commune)?.code ??
    (communes.options.length === 1 ? communes.options[0].code : communes.home);
  const problem = isProblem(chosen.problem) ? chosen.problem : undefined;
  const here = `${location.pathname}?${searchOf(communeCode, problem)}`;
  const choose = (next: { commune?: string; problem?: DataProblem }) => {
    const choice = {
      commune: 'commune' in next ? next.commune : communeCode,
      problem: 'problem' in next ? next.problem : problem,
    };
    setChosen({ commune: choice.commune ?? null, problem: choice.problem ?? null });
    setParams(searchOf(choice.commune, choice.problem), { replace: true });
  };

  const list = useInfiniteQuery({
    queryKey: ['children', 'data-quality', communeCode, problem],
    enabled: communeCode !== undefined,
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam, signal }) =>
      call(
        api.GET('/api/v1/children/data-quality', {
          signal,
          params: { query: { communeCode: communeCode!, problem, limit: PAGE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const counts = list.data?.pages[0]?.counts;
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const communeName = communes.options.find((c) => c.code === communeCode)?.fullName;
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;

  const columns: Column<Item>[] = [
    {
      key: 'name',
      title: t('children.col.name'),
      render: ({ child }) => <Link to={`/children/${child.id}`}>{child.fullName}</Link>,
    },
    {
      key: 'dob',
      title: t('children.col.dob'),
      wide: true,
      render: ({ child }) => {
        const precision = DOB_PRECISION_LABEL[child.dobPrecision];
        return precision ? `${date(child.dateOfBirth)} (${t(precision)})` : date(child.dateOfBirth);
      },
    },
    {
      key: 'problems',
      title: t('quality.col.problems'),
      render: ({ problems }) => (
        <ul className="quality-problems">
          {problems.map((p) => (
            <li key={p}>{t(PROBLEM_LABEL[p])}</li>
          ))}
        </ul>
      ),
    },
  ];
  if (can('children:write')) {
    columns.push({
      key: 'fix',
      title: t('quality.col.action'),
      render: ({ child, problems }) => (
        // At the field of the kind shown, or of the record's first problem.
        <Link
          to={`/children/${child.id}/edit?field=${PROBLEM_FIELD[problem ?? problems[0]]}`}
          state={{ returnTo: here }}
        >
          {t('quality.fix')}
          <span className="visually-hidden"> {child.fullName}</span>
        </Link>
      ),
    });
  }

  return (
    <Space direction="vertical" size="middle" className="page">
      <div>
        <Typography.Title level={1} className="page-title">
          {t('quality.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="quality-intro">
          {t('quality.intro')}
        </Typography.Paragraph>
      </div>
      {saved && <Alert type="success" showIcon role="status" title={t('quality.saved')} />}
      <CommuneSelect
        id="quality-commune"
        communes={communes}
        value={communeCode}
        onChange={(commune) => choose({ commune })}
      />
      {communes.error !== null && <ErrorAlert error={communes.error} />}
      {list.error && <ErrorAlert error={list.error} />}
      {communeCode === undefined
        ? communes.ready && <Alert type="info" showIcon title={t('quality.chooseCommune')} />
        : counts && (
            <section className="panel" aria-labelledby={kindsId}>
              <h2 className="panel-title" id={kindsId}>
                {t('quality.kinds')}
              </h2>
              <Typography.Paragraph>
                {t('quality.summary', {
                  commune: communeName ?? communeCode,
                  count: counts.children ?? 0,
                })}
              </Typography.Paragraph>
              <Radio.Group
                name="quality-kind"
                aria-labelledby={kindsId}
                className="quality-kinds"
                value={problem ?? 'all'}
                onChange={(event) =>
                  choose({
                    problem:
                      typeof event.target.value === 'string' && isProblem(event.target.value)
                        ? event.target.value
                        : undefined,
                  })
                }
              >
                <Radio value="all" className="quality-kind">
                  <span className="quality-kind-label">{t('quality.all')}</span>
                </Radio>
                {PROBLEMS.map((p) => (
                  <Radio value={p} key={p} className="quality-kind">
                    <span className="quality-kind-label">
                      <span>{t(PROBLEM_LABEL[p])}</span>{' '}
                      {counts[p] ? (
                        <strong className="quality-count">
                          {t('quality.records', { count: counts[p] })}
                        </strong>
                      ) : (
                        <span className="quality-count quality-count-none">
                          {t('quality.records', { count: 0 })}
                        </span>
                      )}
                    </span>
                  </Radio>
                ))}
              </Radio.Group>
            </section>
          )}
      {communeCode !== undefined && (
        <>
          <div aria-live="polite" className="result-count">
            {list.isSuccess &&
              (list.hasNextPage
                ? t('quality.shownMore', { count: rows.length })
                : t('quality.shown', { count: rows.length }))}
          </div>
          <DataTable<Item>
            caption={problem ? t(PROBLEM_LABEL[problem]) : t('quality.list')}
            columns={columns}
            rows={rows}
            rowKey={(item) => item.child.id}
            busy={list.isFetching && !list.isFetchingNextPage}
            empty={list.isPending ? t('common.loading') : t('quality.empty')}
          />
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
    </Space>
  );
}
