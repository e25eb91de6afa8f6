import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useMutation, type CombinedError } from 'urql';
import { useT } from '../../i18n/locale';
import { ResetUserPasswordMutation, SetUserActiveMutation, UnlockUserMutation } from './operations';

type Row = { id: string; username: string; active: boolean; lockedUntil?: unknown; failedLogins: number };

/** Shows a one-time password once, for the administrator to hand over. */
export function useShowPassword() {
  const t = useT();
  const { modal } = App.useApp();
  return (username: string, password: string) =>
    modal.success({
      title: t(`${username} 的一次性口令`, `One-time password of ${username}`),
      content: (
        <>
          <Typography.Paragraph copyable={{ text: password }} code data-testid="temporary-password">{password}</Typography.Paragraph>
          <Typography.Text type="secondary">{t('只显示这一次；用户首次登录时须修改。', 'Shown this once only; the user must change it at the first login.')}</Typography.Text>
        </>
      ),
    });
}

/** 停用/启用、重置口令、解除锁定, each after a confirmation. */
export function UserActions({ user, onError }: { user: Row; onError: (e: CombinedError) => void }) {
  const t = useT();
  const showPassword = useShowPassword();
  const [, setActive] = useMutation(SetUserActiveMutation);
  const [, reset] = useMutation(ResetUserPasswordMutation);
  const [, unlock] = useMutation(UnlockUserMutation);
  const run = async <R extends { error?: CombinedError }>(p: Promise<R>): Promise<R> => {
    const r = await p;
    if (r.error) onError(r.error);
    return r;
  };
  return (
    <Space size="small" wrap>
      <Popconfirm title={user.active ? t(`停用 ${user.username}？其会话立即失效`, `Disable ${user.username}? Their sessions end at once`) : t(`启用 ${user.username}？`, `Enable ${user.username}?`)}
        okText={t('确定', 'OK')} cancelText={t('取消', 'Cancel')}
        onConfirm={() => run(setActive({ id: user.id, active: !user.active }))}>
        <Button size="small" danger={user.active}>{user.active ? t('停用', 'Disable') : t('启用', 'Enable')}</Button>
      </Popconfirm>
      <Popconfirm title={t(`重置 ${user.username} 的口令？`, `Reset the password of ${user.username}?`)} okText={t('确定', 'OK')} cancelText={t('取消', 'Cancel')}
        onConfirm={async () => {
          const r = await run(reset({ id: user.id }));
          if (r.data?.resetUserPassword) showPassword(user.username, r.data.resetUserPassword.temporaryPassword);
        }}>
        <Button size="small">{t('重置口令', 'Reset password')}</Button>
      </Popconfirm>
      {user.failedLogins > 0 && (
        <Popconfirm title={t(`解除 ${user.username} 的登录延时？`, `Lift the login delay of ${user.username}?`)} okText={t('确定', 'OK')} cancelText={t('取消', 'Cancel')}
          onConfirm={() => run(unlock({ id: user.id }))}>
          <Button size="small">{t('解除锁定', 'Unlock')}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}
