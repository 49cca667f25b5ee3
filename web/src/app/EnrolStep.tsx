import { Button, Form, Input, QRCode, Typography } from 'antd';
import type { Schemas } from '../api/client';
import { useI18n } from '../i18n';

/** First sign-in of a role that needs a second factor: the QR code, the recovery codes, a code. */
export default function EnrolStep(props: {
  enrollment: Schemas['MfaEnrollmentDto'];
  busy: boolean;
  onSubmit: (otp: string) => void;
}) {
  const { t } = useI18n();
  const { enrollment } = props;
  return (
    <Form<{ otp: string }>
      layout="vertical"
      onFinish={({ otp }) => props.onSubmit(otp.trim())}
      requiredMark={false}
    >
      <Typography.Title level={2} className="sign-in-step">
        {t('enrol.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('enrol.intro')}</Typography.Paragraph>
      <div className="enrol-qr">
        <QRCode value={enrollment.otpauthUrl} aria-label={t('enrol.qr')} role="img" type="svg" />
      </div>
      <Typography.Paragraph>
        {t('enrol.secret')}:{' '}
        <Typography.Text code copyable>
          {enrollment.secret}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Title level={3} className="sign-in-step">
        {t('enrol.recoveryTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('enrol.recoveryIntro')}</Typography.Paragraph>
      <ul className="recovery-codes" aria-label={t('enrol.recoveryTitle')}>
        {enrollment.recoveryCodes.map((code) => (
          <li key={code}>
            <Typography.Text code>{code}</Typography.Text>
          </li>
        ))}
      </ul>
      <Form.Item
        label={t('enrol.code')}
        name="otp"
        rules={[
          {
            required: true,
            message: t('signIn.required', { field: t('enrol.code').toLowerCase() }),
          },
        ]}
      >
        <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={props.busy}>
        {t('enrol.activate')}
      </Button>
    </Form>
  );
}
