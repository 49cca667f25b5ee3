import { Alert, Form, Select, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import { useCommunesInScope } from './hooks';

/**
 * The commune a commune-level screen shows: the one chosen (kept in the URL's `commune`), else
 * the user's only commune, else their organisation's.
 */
export function useChosenCommune() {
  const [params, setParams] = useSearchParams();
  const communes = useCommunesInScope();
  // The choice shows at once; the URL follows (a navigation, which React may render later).
  const [chosen, setChosen] = useState(params.get('commune'));
  const communeCode =
    communes.options.find((c) => c.code === chosen)?.code ?? communes.only ?? communes.home;
  const choose = (code: string) => {
    setChosen(code);
    setParams(new URLSearchParams({ commune: code }), { replace: true });
  };
  return {
    communes,
    communeCode,
    communeName: communes.options.find((c) => c.code === communeCode)?.fullName,
    choose,
  };
}

/**
 * The commune a commune-level screen works on, for a user who works in more than one (nothing to
 * choose otherwise: the screen shows the one there is).
 */
export function CommuneSelect({
  id,
  communes,
  value,
  onChange,
}: {
  id: string;
  communes: ReturnType<typeof useCommunesInScope>;
  value: string | undefined;
  onChange: (code: string) => void;
}) {
  const { t } = useI18n();
  if (communes.options.length <= 1) return null;
  return (
    <Form layout="vertical" className="quality-commune">
      <Form.Item label={t('children.commune')} htmlFor={id}>
        <Select
          id={id}
          showSearch={{ optionFilterProp: 'label' }}
          value={value}
          onChange={onChange}
          options={communes.options.map((c) => ({ value: c.code, label: c.fullName }))}
        />
      </Form.Item>
    </Form>
  );
}

/**
 * A commune-level screen: its heading and introduction, the commune it works on (chosen by a
 * user who works in more than one; `onChoose` instead of choosing it only), and what `children`
 * shows of that commune once there is one (`chooseFirst` until then).
 */
export function CommuneScreen({
  title,
  intro,
  selectId,
  chosen,
  onChoose,
  chooseFirst,
  children,
}: {
  title: string;
  intro: string;
  selectId: string;
  chosen: ReturnType<typeof useChosenCommune>;
  onChoose?: (code: string) => void;
  chooseFirst: string;
  children: (communeCode: string) => ReactNode;
}) {
  const { communes, communeCode, choose } = chosen;
  return (
    <Space direction="vertical" size="middle" className="page">
      <div>
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="quality-intro">
          {intro}
        </Typography.Paragraph>
      </div>
      <CommuneSelect
        id={selectId}
        communes={communes}
        value={communeCode}
        onChange={onChoose ?? choose}
      />
      {communes.error !== null && <ErrorAlert error={communes.error} />}
      {communeCode === undefined
        ? communes.ready && <Alert type="info" showIcon title={chooseFirst} />
        : children(communeCode)}
    </Space>
  );
}
