import { Alert, Form, type FormInstance, Input, Modal } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../../api/client';
import { explain } from '../../app/errors';
import { useI18n } from '../../i18n';

/** The problems that are about the code entered: shown on its field. */
const CODE_PROBLEMS = ['step-up-required', 'step-up-invalid', 'second-factor-required'];

export interface DecisionValues {
  otp?: string;
  [field: string]: unknown;
}

/**
 * A decision in a dialog: its fields, and, for the chair's decisions, the 6-digit code of the
 * authenticator app asked at that moment (sent as X-OTP; each code is used once). The server's
 * refusals land on the fields they name, a wrong code on the code's field.
 */
export function DecisionDialog<T extends DecisionValues>(props: {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  /** Asks for the authenticator's code. */
  withCode: boolean;
  initialValues?: Partial<T>;
  onSubmit: (values: T) => Promise<unknown>;
  onClose: () => void;
  children?: (form: FormInstance<T>) => ReactNode;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setFailure(null);
    try {
      await props.onSubmit(values);
      form.resetFields();
    } catch (error) {
      const aboutCode = error instanceof ApiError && CODE_PROBLEMS.includes(error.kind);
      // A code is used once: a refused decision asks for the next one.
      if (props.withCode) {
        form.setFields([
          {
            name: 'otp' as NamePath<T>,
            value: '',
            errors: aboutCode ? [explain(error, t)] : [],
          },
        ]);
      }
      if (!aboutCode && !placeOnFields(form, error)) setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('approvals.cancel')}
      okButtonProps={{ danger: props.danger, loading: busy }}
      onOk={() => void submit()}
      onCancel={() => {
        setFailure(null);
        props.onClose();
      }}
      destroyOnHidden
    >
      <Form<T>
        form={form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={() => void submit()}
      >
        {props.children?.(form)}
        {props.withCode && (
          <Form.Item
            name="otp"
            label={t('approvals.code')}
            extra={t('approvals.codeHelp')}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('approvals.codeInvalid') }]}
          >
            <Input
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              className="otp-input"
            />
          </Form.Item>
        )}
        {failure !== null && (
          <Alert type="error" showIcon role="alert" title={explain(failure, t)} />
        )}
      </Form>
    </Modal>
  );
}

/** The refusal on the fields it names; false when it names none of them. */
function placeOnFields<T>(form: FormInstance<T>, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Set(Object.keys(form.getFieldsValue() as object));
  const named = (error.problem.errors ?? []).filter((e) => known.has(e.field.split('.')[0]));
  if (!named.length) return false;
  form.setFields(
    named.map(({ field, message }) => ({
      name: field.split('.')[0] as NamePath<T>,
      errors: [message],
    })),
  );
  return true;
}
