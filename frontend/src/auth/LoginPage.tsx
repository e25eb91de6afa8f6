import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { useResetClient } from '../api/ClientProvider';
import { ErrorAlert } from '../components/ErrorAlert';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { pickLanguage } from '../api/describeError';
import { useLocale, useT } from '../i18n/locale';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { LoginMutation } from './operations';
import { useViewer } from './ViewerContext';

type LoginForm = { username: string; password: string };

/** Only local paths are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const resetClient = useResetClient();
  const [, login] = useMutation(LoginMutation);
  const [error, setError] = useState<CombinedError>();
  const [busy, setBusy] = useState(false);
  const { viewer } = useViewer();
  const { locale } = useLocale();
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';
  useDocumentTitle(t('登录', 'Log in'));

  // Leaves only once the viewer query (run again by the fresh client after
  // login) names a user: navigating earlier let the guard read the old
  // anonymous answer and bounce back here. A visitor who still has a valid
  // session is sent on the same way.
  useEffect(() => {
    if (viewer) navigate(next, { replace: true });
  }, [viewer, next, navigate]);

  async function submit(values: LoginForm) {
    setBusy(true);
    setError(undefined);
    const result = await login({ input: values });
    if (result.error) {
      setBusy(false);
      setError(result.error);
      return;
    }
    resetClient();
  }
  // A refused login is UNAUTHENTICATED too, but "请先登录" would be wrong here: show the server's own words.
  const refused = error?.graphQLErrors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380, maxWidth: '94vw' }} title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('绩效 Jixiao · 登录', 'Jixiao · Log in')}</h1>} extra={<LanguageSwitch />}>
        <Typography.Paragraph type="secondary">{t('全过程预算绩效管理', 'Budget performance management')}</Typography.Paragraph>
        {expired && !error && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('登录已过期，请重新登录', 'Your session has expired; please log in again')} />}
        {refused ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={pickLanguage(refused.message, locale)} /> : <ErrorAlert error={error} />}
        <Form<LoginForm> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('用户名', 'User name')} rules={[{ required: true, message: t('请输入用户名', 'Enter your user name') }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('口令', 'Password')} rules={[{ required: true, message: t('请输入口令', 'Enter your password') }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('登录', 'Log in')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <Link to="/public">{t('绩效信息公开（无需登录）', 'Published results (no login)')}</Link>
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
