import '../../i18n/vi-screens';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Breadcrumb, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import { useAreaNames } from '../reference/hooks';
import { drillPath, useDashboardArea } from './area';
import { Bars } from './Bars';
import './dashboard.css';
import { type Figures, SmallCounts, useFigures } from './figures';
import { ChildFriendlyPanel } from './ChildFriendlyPanel';
import { IndicatorsPanel } from './IndicatorsPanel';
import { ListsPanel } from './ListsPanel';
import { PeriodicPanel } from './PeriodicPanel';
import { SubmissionsPanel } from './SubmissionsPanel';

type Dashboard = Schemas['DashboardDto'];
type Indicator = Schemas['IndicatorDto'];

/** The indicators the plans' targets are about, by their set and code. */
export const KEY = {
  population: 'I-0101',
  specialRate: 'I-0302',
  supportedRate: 'I-0304',
  onTimeRate: 'III-0103',
} as const;
export const indicatorKey = (item: Indicator) => `${item.set}-${item.code}`;

/** Years shown over time: this one and the two before. */
const YEARS = 3;

/** The plans' targets beside the figures, by area (province down to commune) and over the years. */
export default function DashboardPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const area = useDashboardArea();
  const names = useAreaNames(area.provinceCode ? [area.provinceCode] : []);
  const thisYear = new Date().getFullYear();

  const dashboard = useQuery({
    queryKey: ['reports', 'dashboard', area.query],
    enabled: area.ready,
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/reports/dashboard', { signal, params: { query: area.query } })),
  });
  const years = Array.from({ length: YEARS }, (_, index) => thisYear - YEARS + 1 + index);
  const byYear = useQueries({
    queries: years.map((year) => ({
      queryKey: ['reports', 'indicators', area.query, year],
      // After the targets: a past year never asked for is computed on its first request.
      enabled: area.ready && !!dashboard.data,
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        call(
          api.GET('/api/v1/reports/indicators', {
            signal,
            params: { query: { ...area.query, year } },
          }),
        ),
    })),
  });
  const current = byYear[byYear.length - 1];

  const crumbs = [
    ...(area.severalProvinces
      ? [{ key: 'all', title: <Link to="/dashboard">{t('dashboard.allAreas')}</Link> }]
      : []),
    ...(area.provinceCode
      ? [
          {
            key: area.provinceCode,
            title: area.communeCode ? (
              <Link to={drillPath(area.provinceCode, undefined)}>{names(area.provinceCode)}</Link>
            ) : (
              names(area.provinceCode)
            ),
          },
        ]
      : []),
    ...(area.communeCode ? [{ key: area.communeCode, title: names(area.communeCode) }] : []),
  ];

  return (
    <SmallCounts.Provider value={dashboard.data?.smallCountsBelow}>
      <Space direction="vertical" size="middle" className="page">
        <div>
          <Typography.Title level={1} className="page-title">
            {t('dashboard.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dashboard.intro')}</Typography.Text>
        </div>
        {crumbs.length > 0 && <Breadcrumb aria-label={t('dashboard.breadcrumb')} items={crumbs} />}
        {dashboard.error && <ErrorAlert error={dashboard.error} />}
        {dashboard.data && <TargetsPanel dashboard={dashboard.data} />}
        {current?.error && <ErrorAlert error={current.error} />}
        {current?.data && (
          <AreaPanel items={current.data} provinceCode={area.provinceCode} names={names} />
        )}
        <TrendPanel
          years={years}
          items={byYear.map((result) => result.data)}
          busy={byYear.some((result) => result.isFetching)}
        />
        {dashboard.data && <CasesPanel dashboard={dashboard.data} />}
        {area.ready && <IndicatorsPanel query={area.query} names={names} />}
        {area.ready && can('reports:periodic') && <PeriodicPanel names={names} />}
        {area.ready && can('reports:oversee') && area.provinceCode && !area.communeCode && (
          <>
            <SubmissionsPanel provinceCode={area.provinceCode} year={thisYear} />
            <ChildFriendlyPanel provinceCode={area.provinceCode} year={thisYear} />
          </>
        )}
        {area.ready && can('reports:lists') && <ListsPanel query={area.query} />}
      </Space>
    </SmallCounts.Provider>
  );
}

/** The three targets of the plans, each beside its figure, with the counts it is taken from. */
function TargetsPanel({ dashboard }: { dashboard: Dashboard }) {
  const { t, date } = useI18n();
  const f = useFigures();
  const { children, abuse, targets } = dashboard;
  const cards = [
    {
      key: 'special',
      title: t('dashboard.target.special'),
      value: children.specialCircumstanceRate,
      hidden: children.inSpecialCircumstances === null || children.total === null,
      target: targets.specialCircumstanceRate,
      targetText: t('dashboard.target.below', {
        target: f.percent(targets.specialCircumstanceRate),
      }),
      met:
        children.specialCircumstanceRate === null
          ? null
          : children.specialCircumstanceRate < targets.specialCircumstanceRate,
      counts: t('dashboard.target.specialCounts', {
        count: f.count(children.inSpecialCircumstances),
        total: f.count(children.total),
      }),
    },
    {
      key: 'supported',
      title: t('dashboard.target.supported'),
      value: children.supportedRate,
      hidden: children.supported === null || children.inSpecialCircumstances === null,
      target: targets.supportedRate,
      targetText: t('dashboard.target.reach', { target: f.percent(targets.supportedRate) }),
      met: children.supportedRate === null ? null : children.supportedRate >= targets.supportedRate,
      counts: t('dashboard.target.supportedCounts', {
        count: f.count(children.supported),
        total: f.count(children.inSpecialCircumstances),
      }),
    },
    {
      key: 'onTime',
      title: t('dashboard.target.onTime'),
      value: abuse.intervenedOnTimeRate,
      hidden: abuse.intervenedOnTime === null || abuse.children === null,
      target: targets.intervenedOnTimeRate,
      targetText: t('dashboard.target.reach', { target: f.percent(targets.intervenedOnTimeRate) }),
      met:
        abuse.intervenedOnTimeRate === null
          ? null
          : abuse.intervenedOnTimeRate >= targets.intervenedOnTimeRate,
      counts: t('dashboard.target.onTimeCounts', {
        count: f.count(abuse.intervenedOnTime),
        total: f.count(abuse.children),
      }),
    },
  ];
  return (
    <Panel title={t('dashboard.targets', { year: String(dashboard.year) })}>
      <ul className="targets">
        {cards.map((card) => (
          <li key={card.key} className="target">
            <h3 className="target-title">{card.title}</h3>
            <p className="target-value">{f.rate(card.value, card.hidden)}</p>
            <p>
              {card.targetText}
              {' · '}
              <strong className={card.met === false ? 'target-missed' : undefined}>
                {card.met === null
                  ? t('dashboard.target.unknown')
                  : card.met
                    ? t('dashboard.target.met')
                    : t('dashboard.target.missed')}
              </strong>
            </p>
            <Bars
              bars={[
                {
                  key: card.key,
                  label: t('dashboard.chart.figure'),
                  value: card.value,
                  text: f.rate(card.value),
                },
              ]}
              max={Math.max(card.target, card.value ?? 0) * (card.target < 1 ? 2 : 1)}
              target={card.target}
              targetLabel={t('dashboard.chart.target', { target: f.percent(card.target) })}
            />
            <p className="secondary-text">{card.counts}</p>
          </li>
        ))}
      </ul>
      <p className="secondary-text">{t('dashboard.asOf', { date: date(dashboard.asOf) })}</p>
    </Panel>
  );
}

interface AreaRow {
  code: string;
  population: number | null;
  special: number | null;
  supported: number | null;
  onTime: number | null;
}

/** Each area's rates against the targets: a table (what the chart says) and the bars. */
function AreaPanel(props: {
  items: Indicator[];
  provinceCode: string | undefined;
  names: (code: string) => string;
}) {
  const { t } = useI18n();
  const f = useFigures();
  const find = (key: string) => props.items.find((item) => indicatorKey(item) === key);
  const of = (key: string) => find(key)?.breakdowns.area ?? {};
  const population = of(KEY.population);
  const special = of(KEY.specialRate);
  const supported = of(KEY.supportedRate);
  const onTime = of(KEY.onTimeRate);
  const codes = [
    ...new Set([...Object.keys(population), ...Object.keys(special), ...Object.keys(onTime)]),
  ].sort((a, b) => props.names(a).localeCompare(props.names(b), 'vi'));
  const rows: AreaRow[] = codes.map((code) => ({
    code,
    population: population[code] ?? null,
    special: special[code] ?? null,
    supported: supported[code] ?? null,
    onTime: onTime[code] ?? null,
  }));
  const columns: Column<AreaRow>[] = [
    {
      key: 'area',
      title: t('dashboard.col.area'),
      render: (row) => (
        <Link to={drillPath(row.code, props.provinceCode)}>{props.names(row.code)}</Link>
      ),
    },
    {
      key: 'population',
      title: t('dashboard.col.population'),
      align: 'right',
      render: (row) => f.count(row.population),
    },
    {
      key: 'special',
      title: t('dashboard.col.special'),
      align: 'right',
      render: (row) => f.rate(row.special, true),
    },
    {
      key: 'supported',
      title: t('dashboard.col.supported'),
      align: 'right',
      render: (row) => f.rate(row.supported, true),
    },
    {
      key: 'onTime',
      title: t('dashboard.col.onTime'),
      align: 'right',
      render: (row) => f.rate(row.onTime, true),
    },
  ];
  const max = Math.max(0.02, ...rows.map((row) => row.special ?? 0));
  return (
    <Panel title={t('dashboard.byArea')}>
      <p className="secondary-text">{t('dashboard.byAreaHelp')}</p>
      <DataTable<AreaRow>
        caption={t('dashboard.byArea')}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.code}
        empty={t('dashboard.noAreas')}
      />
      {rows.length > 0 && (
        <figure className="chart">
          <figcaption>{t('dashboard.chart.specialByArea')}</figcaption>
          <Bars
            bars={rows.map((row) => ({
              key: row.code,
              label: props.names(row.code),
              value: row.special,
              text: f.rate(row.special),
            }))}
            max={max}
            target={0.01}
            targetLabel={t('dashboard.chart.target', { target: f.percent(0.01) })}
          />
        </figure>
      )}
    </Panel>
  );
}

/** The three rates year by year: a table and the bars of each. */
function TrendPanel(props: { years: number[]; items: (Indicator[] | undefined)[]; busy: boolean }) {
  const { t } = useI18n();
  const f = useFigures();
  const rows = props.years.map((year, index) => {
    const items = props.items[index];
    const value = (key: string) => {
      const item = items?.find((candidate) => indicatorKey(candidate) === key);
      return item ? item.value : undefined;
    };
    return {
      year,
      loaded: !!items,
      special: value(KEY.specialRate),
      supported: value(KEY.supportedRate),
      onTime: value(KEY.onTimeRate),
    };
  });
  type Row = (typeof rows)[number];
  const show = (row: Row, value: number | null | undefined) =>
    row.loaded ? f.rate(value, true) : t('common.loading');
  const columns: Column<Row>[] = [
    { key: 'year', title: t('dashboard.col.year'), render: (row) => String(row.year) },
    {
      key: 'special',
      title: t('dashboard.col.special'),
      align: 'right',
      render: (row) => show(row, row.special),
    },
    {
      key: 'supported',
      title: t('dashboard.col.supported'),
      align: 'right',
      render: (row) => show(row, row.supported),
    },
    {
      key: 'onTime',
      title: t('dashboard.col.onTime'),
      align: 'right',
      render: (row) => show(row, row.onTime),
    },
  ];
  const chart = (title: string, pick: (row: Row) => number | null | undefined, target: number) => (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <Bars
        bars={rows.map((row) => ({
          key: String(row.year),
          label: String(row.year),
          value: pick(row) ?? null,
          text: row.loaded ? f.rate(pick(row)) : '…',
        }))}
        max={Math.max(target < 1 ? target * 2 : 1, ...rows.map((row) => pick(row) ?? 0))}
        target={target}
        targetLabel={t('dashboard.chart.target', { target: f.percent(target) })}
      />
    </figure>
  );
  return (
    <Panel title={t('dashboard.overTime')}>
      <DataTable<Row>
        caption={t('dashboard.overTime')}
        columns={columns}
        rows={rows}
        rowKey={(row) => String(row.year)}
        busy={props.busy}
        empty={t('common.loading')}
      />
      <div className="charts">
        {chart(t('dashboard.col.special'), (row) => row.special, 0.01)}
        {chart(t('dashboard.col.supported'), (row) => row.supported, 1)}
        {chart(t('dashboard.col.onTime'), (row) => row.onTime, 1)}
      </div>
    </Panel>
  );
}

/** Open cases and the overdue ones, and this year's closed: live. */
function CasesPanel({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useI18n();
  const f: Figures = useFigures();
  return (
    <Panel title={t('dashboard.cases')}>
      <p>
        {t('dashboard.casesOpen', {
          open: f.count(dashboard.cases.open),
          overdue: f.count(dashboard.cases.overdue),
        })}
      </p>
      <p>
        {t('dashboard.casesClosed', {
          closed: f.count(dashboard.cases.closedThisYear),
          year: String(dashboard.year),
        })}
      </p>
    </Panel>
  );
}
