import { Form, Select } from 'antd';
import { useI18n } from '../../i18n';
import type { useCommunesInScope } from './hooks';

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
