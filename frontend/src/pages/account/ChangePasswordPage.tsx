import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { useViewer } from '../../auth/ViewerContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n/locale';
import { ChangePasswordMutation } from './operations';

type PasswordForm = { oldPassword: string; newPassword: string; repeat: string };

/** 修改密码: any user's own; forced after an administrator's reset. */
export default function ChangePasswordPage() {
  const t = useT();
  const { viewer } = useViewer();
  const [, change] = useMutation(ChangePasswordMutation);
  const [error, setError] = useState<CombinedError>();
  const [done, setDone] = useState(false);

  async function submit(values: PasswordForm) {
    setError(undefined);
    const result = await change({ oldPassword: values.oldPassword, newPassword: values.newPassword });
    if (result.error) {
      setError(result.error);
      return;
    }
    setDone(true);
    // A full load: the viewer (no longer bound to change its password) is asked anew.
    window.location.assign('/');
  }

  return (
    <>
      <PageTitle title={t('修改密码', 'Change password')} />
      <Card style={{ maxWidth: 480 }}>
        {viewer?.mustChangePassword && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }}
            message={t('您的口令已被管理员重置，请先设置新口令', 'Your password was reset by an administrator: set a new one first')} />
        )}
        {done && <Alert type="success" message={t('口令已修改', 'Password changed')} />}
        <ErrorAlert error={error} />
        <Form<PasswordForm> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="oldPassword" label={t('当前口令', 'Current password')} rules={[{ required: true, message: t('请输入当前口令', 'Enter the current password') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('新口令', 'New password')}
            extra={t('至少 8 位，含大写字母、小写字母、数字、符号中的 3 类，不含用户名，不与最近 5 次相同',
              'At least 8 characters of 3 classes (upper, lower, digits, symbols), without the user name, none of the last 5')}
            rules={[{ required: true, min: 8, message: t('至少 8 位', 'At least 8 characters') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="repeat" label={t('再次输入新口令', 'Repeat the new password')} dependencies={['newPassword']}
            rules={[{ required: true, message: t('请再次输入', 'Repeat it') },
              ({ getFieldValue }) => ({
                validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('两次输入不一致', 'The two entries differ')))),
              })]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit">{t('修改口令', 'Change password')}</Button>
        </Form>
      </Card>
    </>
  );
}
