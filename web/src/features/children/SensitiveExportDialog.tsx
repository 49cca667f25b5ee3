import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';

import { ErrorAlert, fieldMessage } from '../../app/errors';
import { useI18n } from '../../i18n';

/** The reason asked for before the sensitive data leaves the system, kept in the audit log. */
export default function SensitiveExportDialog(props: {
  busy: boolean;
  error: unknown;
  onExport: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const reasonError = fieldMessage(props.error, 'reason');
  return (
    <Modal
      open
      title={t('children.exportSensitive')}
      okText={t('children.exportSensitiveOk')}
      cancelText={t('children.exportCancel')}
      confirmLoading={props.busy}
      onOk={() => props.onExport(reason)}
      onCancel={props.onCancel}
    >
      <Typography.Paragraph>{t('children.exportSensitiveIntro')}</Typography.Paragraph>
      <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
        <Form.Item
          label={t('children.exportReason')}
          htmlFor="export-reason"
          help={reasonError}
          validateStatus={reasonError ? 'error' : undefined}
        >
          <Input.TextArea
            id="export-reason"
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Form.Item>
      </Form>
      {props.error !== null && !reasonError && <ErrorAlert error={props.error} />}
    </Modal>
  );
}
