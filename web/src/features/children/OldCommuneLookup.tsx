import { Alert, Button, Form, type FormInstance, Input, Space } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { explain } from '../../app/errors';
import { useI18n } from '../../i18n';
import type { ChildValues } from './ChildForm';

/**
 * Old records and papers carry the commune codes before the 2025 merger: this finds where such a
 * commune went and fills the province and commune (or lists the choices when it was split).
 */
export function OldCommuneLookup({ form }: { form: FormInstance<ChildValues> }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [result, setResult] = useState<Schemas['CrosswalkDto'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const choose = (unit: Schemas['AreaDto']) => {
    form.setFieldsValue({ provinceCode: unit.provinceCode ?? undefined, communeCode: unit.code });
  };
  const look = async () => {
    setError(null);
    setResult(null);
    try {
      const found = await call(
        api.GET('/api/v1/areas/historical/communes/{code}', {
          params: { path: { code: code.trim() } },
        }),
      );
      setResult(found);
      if (!found.ambiguous && found.currentUnits[0]) choose(found.currentUnits[0]);
    } catch (failure) {
      setError(explain(failure, t));
    }
  };
  return (
    <div className="old-commune">
      <Form.Item
        label={t('form.oldCommune')}
        htmlFor="old-commune"
        extra={t('form.oldCommuneHelp')}
      >
        <Space.Compact className="full-width">
          <Input
            id="old-commune"
            inputMode="numeric"
            maxLength={5}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <Button onClick={() => void look()} disabled={code.trim().length !== 5}>
            {t('form.oldCommuneFind')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      {result && (
        <Alert
          type={result.ambiguous ? 'warning' : 'success'}
          showIcon
          role="status"
          title={
            result.ambiguous
              ? t('form.oldCommuneSplit', { old: result.oldFullName })
              : t('form.oldCommuneFound', {
                  old: result.oldFullName,
                  current: result.currentUnits[0]?.fullName ?? '',
                })
          }
          description={
            result.ambiguous && (
              <Space wrap>
                {result.currentUnits.map((unit) => (
                  <Button key={unit.code} size="small" onClick={() => choose(unit)}>
                    {unit.fullName}
                  </Button>
                ))}
              </Space>
            )
          }
        />
      )}
    </div>
  );
}
