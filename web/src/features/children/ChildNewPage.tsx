import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { explain } from '../../app/errors';
import { useI18n } from '../../i18n';
import { useCircumstanceGroups, useMyOrganization } from '../reference/hooks';
import { ChildForm, type ChildValues, toBody } from './ChildForm';
import { OldCommuneLookup } from './OldCommuneLookup';
import { showFieldErrors } from './save';

/** A child new to the register: a newborn, or a family that moved in. */
export default function ChildNewPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChildValues>();
  const groups = useCircumstanceGroups();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A commune's officer adds children of that commune: its province and commune come filled in.
  const organization = useMyOrganization();
  useEffect(() => {
    const unit = organization.data;
    if (unit && !form.isFieldsTouched(['provinceCode', 'communeCode'])) {
      form.setFieldsValue({
        provinceCode: unit.provinceCode,
        communeCode: unit.communeCode ?? undefined,
      });
    }
  }, [organization.data, form]);

  const create = async (values: ChildValues) => {
    setBusy(true);
    setError(null);
    try {
      const child = await call(api.POST('/api/v1/children', { body: toBody(values, groups) }));
      await queryClient.invalidateQueries({ queryKey: ['children'] });
      void navigate(`/children/${child.id}`);
    } catch (failure) {
      showFieldErrors(form, failure);
      setError(explain(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" className="page">
      <Link to="/children">{t('child.back')}</Link>
      <Typography.Title level={1} className="page-title">
        {t('form.newTitle')}
      </Typography.Title>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      <ChildForm
        placeExtra={<OldCommuneLookup form={form} />}
        form={form}
        onSubmit={(v) => void create(v)}
        busy={busy}
        submitLabel={t('form.create')}
      />
    </Space>
  );
}
