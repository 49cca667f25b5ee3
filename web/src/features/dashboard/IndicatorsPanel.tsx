import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Form, Select, Space } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { saveDownload } from '../../api/download';
import { ErrorAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { type MessageKey } from '../../i18n/vi';
import { useI18n } from '../../i18n';
import { useCodeName } from '../reference/hooks';
import { SEX_LABEL } from '../children/labels';
import { VIOLATOR_LABEL } from '../cases/labels';
import { useFigures } from './figures';

type Indicator = Schemas['IndicatorDto'];
type AreaQuery = { provinceCode?: string; communeCode?: string };

const BREAKDOWN_LABEL: Record<string, MessageKey> = {
  sex: 'dashboard.by.sex',
  ageGroup: 'dashboard.by.ageGroup',
  area: 'dashboard.by.area',
  group: 'dashboard.by.group',
  support: 'dashboard.by.support',
  injury: 'dashboard.by.injury',
  form: 'dashboard.by.form',
  setting: 'dashboard.by.setting',
  violator: 'dashboard.by.violator',
  relationship: 'dashboard.by.relationship',
};

/** The Circular 13 indicators of a year with their breakdowns, and the official tables' `.xlsx`. */
export function IndicatorsPanel(props: { query: AreaQuery; names: (code: string) => string }) {
  const { t, language } = useI18n();
  const f = useFigures();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const indicators = useQuery({
    queryKey: ['reports', 'indicators', props.query, year],
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/reports/indicators', {
          signal,
          params: { query: { ...props.query, year } },
        }),
      ),
  });
  const download = useMutation({
    mutationFn: () =>
      saveDownload(
        api.GET('/api/v1/reports/indicators', {
          params: { query: { ...props.query, year, format: 'xlsx' } },
          parseAs: 'blob',
        }),
        `chi-tieu-tre-em-${year}.xlsx`,
      ),
  });
  const ageGroup = useCodeName('age-groups');
  const group = useCodeName('special-circumstances');
  const support = useCodeName('support-kinds');
  const injury = useCodeName('injury-kinds');
  const form = useCodeName('abuse-forms');
  const setting = useCodeName('abuse-settings');
  const relationship = useCodeName('abuser-relationships');
  const keyName = (by: string, code: string) => {
    switch (by) {
      case 'sex':
        return SEX_LABEL[code] ? t(SEX_LABEL[code]) : code;
      case 'ageGroup':
        return ageGroup(code);
      case 'group':
        return group(code);
      case 'support':
        // A case's help, beside the kinds of support recorded on the child.
        return code === 'case' ? t('dashboard.support.case') : support(code);
      case 'injury':
        return injury(code);
      case 'form':
        return form(code);
      case 'setting':
        return setting(code);
      case 'violator':
        return code in VIOLATOR_LABEL
          ? t(VIOLATOR_LABEL[code as keyof typeof VIOLATOR_LABEL])
          : code;
      case 'relationship':
        return relationship(code);
      case 'area':
        return props.names(code);
      default:
        return code;
    }
  };
  const show = (item: Indicator, value: number | null) => {
    if (item.unit === 'ratio') return f.rate(value, true);
    // An amount hidden or missing shows as a count does.
    if (item.unit === 'vnd' && value !== null) {
      return t('dashboard.amount', { amount: value });
    }
    return f.count(value);
  };

  return (
    <Panel title={t('dashboard.indicators')}>
      <Space wrap align="end" className="indicators-tools">
        <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()}>
          <Form.Item label={t('dashboard.year')} htmlFor="indicators-year" className="flush">
            <Select
              id="indicators-year"
              className="year-select"
              value={year}
              onChange={setYear}
              options={Array.from({ length: 5 }, (_, i) => thisYear - i).map((y) => ({
                value: y,
                label: String(y),
              }))}
            />
          </Form.Item>
        </Form>
        <Button onClick={() => download.mutate()} loading={download.isPending}>
          {t('dashboard.downloadXlsx')}
        </Button>
      </Space>
      {download.error && <ErrorAlert error={download.error} />}
      {indicators.error && <ErrorAlert error={indicators.error} />}
      {indicators.isPending && <p>{t('common.loading')}</p>}
      <ul className="indicators" aria-busy={indicators.isFetching}>
        {(indicators.data ?? []).map((item) => (
          <li key={`${item.set}-${item.code}`}>
            <details>
              <summary>
                <span className="indicator-code">
                  {item.set}-{item.code}
                  {!item.codeVerified && ' (*)'}
                </span>{' '}
                {language === 'en' ? item.nameEn : item.name}:{' '}
                <strong>{show(item, item.value)}</strong>
              </summary>
              {Object.entries(item.breakdowns).map(([by, values]) => (
                <div key={by} className="data-table breakdown">
                  <table>
                    <caption>
                      {t('dashboard.breakdownOf', {
                        indicator: `${item.set}-${item.code}`,
                        by: BREAKDOWN_LABEL[by] ? t(BREAKDOWN_LABEL[by]) : by,
                      })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{BREAKDOWN_LABEL[by] ? t(BREAKDOWN_LABEL[by]) : by}</th>
                        <th scope="col" className="align-right">
                          {t('dashboard.col.value')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {Object.entries(values).map(([code, value]) => (
                        <tr key={code}>
                          <td>{keyName(by, code)}</td>
                          <td className="align-right">{show(item, value)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
            </details>
          </li>
        ))}
      </ul>
      {indicators.data?.some((item) => !item.codeVerified) && (
        <p className="muted">{t('dashboard.unverifiedCode')}</p>
      )}
    </Panel>
  );
}
