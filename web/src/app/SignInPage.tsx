import { Alert, Button, Form, Input, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { type Location, Navigate, useLocation, useNavigate } from 'react-router';
import { api, ApiError, call, type Schemas } from '../api/client';
import { useI18n } from '../i18n';
import { explain } from './errors';
import { Loading } from './routes';

// Enrolment happens once per account: its QR code is not loaded by every sign-in.
const EnrolStep = lazy(() => import('./EnrolStep'));
import { useAuth } from './auth';
import { LanguageSwitch } from './LanguageSwitch';

type Step =
  | { name: 'password' }
  | { name: 'otp'; username: string; password: string }
  | { name: 'enrol'; enrollmentToken: string; enrollment: Schemas['MfaEnrollmentDto'] };

interface Credentials {
  username: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useI18n();
  const { state, signedIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation() as Location<{ from?: Location; sessionEnded?: boolean } | null>;
  const [step, setStep] = useState<Step>({ name: 'password' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(
    location.state?.sessionEnded ? t('signIn.sessionEnded') : null,
  );
  const [busy, setBusy] = useState(false);
  const from = location.state?.from;
  const target = from ? `${from.pathname}${from.search}` : '/';

  if (state.status === 'signed-in') return <Navigate to={target} replace />;

  const login = async (credentials: Credentials, otp?: string) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await call(
        api.POST('/api/v1/auth/login', {
          body: { ...credentials, otp, refreshTokenIn: 'cookie' },
        }),
      );
      if ('enrollmentToken' in answer) {
        const enrollment = await call(
          api.POST('/api/v1/auth/mfa/enroll', {
            headers: { Authorization: `Bearer ${answer.enrollmentToken}` },
          }),
        );
        setStep({ name: 'enrol', enrollmentToken: answer.enrollmentToken, enrollment });
        return;
      }
      await signedIn(answer);
      void navigate(target, { replace: true });
    } catch (failure) {
      if (failure instanceof ApiError && failure.kind === 'mfa-required') {
        setStep({ name: 'otp', ...credentials });
        return;
      }
      setError(explain(failure, t));
    } finally {
      setBusy(false);
    }
  };

  const activate = async (enrollmentToken: string, otp: string) => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/auth/mfa/activate', {
          headers: { Authorization: `Bearer ${enrollmentToken}` },
          body: { otp },
        }),
      );
      setNotice(t('enrol.done'));
      setStep({ name: 'password' });
    } catch (failure) {
      setError(explain(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in" id="main">
      <section className="panel sign-in-card">
        <div className="sign-in-head">
          <div>
            <Typography.Title level={1} className="sign-in-title">
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          </div>
          <LanguageSwitch />
        </div>
        {notice && <Alert type="info" showIcon title={notice} className="sign-in-alert" />}
        {error && (
          <Alert type="error" showIcon title={error} className="sign-in-alert" role="alert" />
        )}
        {step.name === 'password' && (
          <PasswordStep busy={busy} onSubmit={(credentials) => void login(credentials)} />
        )}
        {step.name === 'otp' && (
          <OtpStep
            busy={busy}
            onSubmit={(otp) =>
              void login({ username: step.username, password: step.password }, otp)
            }
            onBack={() => setStep({ name: 'password' })}
          />
        )}
        {step.name === 'enrol' && (
          <Suspense fallback={<Loading />}>
            <EnrolStep
              enrollment={step.enrollment}
              busy={busy}
              onSubmit={(otp) => void activate(step.enrollmentToken, otp)}
            />
          </Suspense>
        )}
      </section>
    </main>
  );
}

function PasswordStep({ busy, onSubmit }: { busy: boolean; onSubmit: (c: Credentials) => void }) {
  const { t } = useI18n();
  return (
    <Form<Credentials> layout="vertical" onFinish={onSubmit} requiredMark={false}>
      <Typography.Title level={2} className="sign-in-step">
        {t('signIn.title')}
      </Typography.Title>
      <Form.Item
        label={t('signIn.username')}
        name="username"
        rules={[
          {
            required: true,
            message: t('signIn.required', { field: t('signIn.username').toLowerCase() }),
          },
        ]}
      >
        <Input autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        label={t('signIn.password')}
        name="password"
        rules={[
          {
            required: true,
            message: t('signIn.required', { field: t('signIn.password').toLowerCase() }),
          },
        ]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('signIn.submit')}
      </Button>
    </Form>
  );
}

function OtpStep(props: { busy: boolean; onSubmit: (otp: string) => void; onBack: () => void }) {
  const { t } = useI18n();
  return (
    <Form<{ otp: string }>
      layout="vertical"
      onFinish={({ otp }) => props.onSubmit(otp.trim())}
      requiredMark={false}
    >
      <Form.Item
        label={t('signIn.otp')}
        name="otp"
        extra={t('signIn.otpHelp')}
        rules={[
          {
            required: true,
            message: t('signIn.required', { field: t('signIn.otp').toLowerCase() }),
          },
        ]}
      >
        <Input autoComplete="one-time-code" inputMode="text" autoFocus />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={props.busy}>
        {t('signIn.otpSubmit')}
      </Button>
      <Button type="link" block onClick={props.onBack}>
        {t('signIn.back')}
      </Button>
    </Form>
  );
}
