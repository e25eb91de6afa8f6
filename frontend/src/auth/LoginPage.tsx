import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { useResetClient } from '../api/ClientProvider';
import { ErrorAlert } from '../components/ErrorAlert';
import { useT } from '../i18n/locale';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { LoginMutation } from './operations';

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

  async function submit(values: LoginForm) {
    setBusy(true);
    setError(undefined);
    const result = await login({ input: values });
    setBusy(false);
    if (result.error) {
      setError(result.error);
      return;
    }
    resetClient();
    navigate(safeNext(params.get('next')), { replace: true });
  }

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }} title={t('绩效 Jixiao · 登录', 'Jixiao · Log in')} extra={<LanguageSwitch />}>
        <Typography.Paragraph type="secondary">{t('全过程预算绩效管理', 'Budget performance management')}</Typography.Paragraph>
        <ErrorAlert error={error} />
        <Form<LoginForm> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('用户名', 'User name')} rules={[{ required: true, message: t('请输入用户名', 'Enter your user name') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('口令', 'Password')} rules={[{ required: true, message: t('请输入口令', 'Enter your password') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('登录', 'Log in')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
