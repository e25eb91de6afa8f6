import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResetClient } from '../api/ClientProvider';
import { LogoutMutation } from '../auth/operations';
import { useViewer } from '../auth/ViewerContext';
import { useEnumLabel } from '../i18n/useEnumLabel';
import { useT } from '../i18n/locale';

export function UserMenu({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const label = useEnumLabel();
  const { viewer } = useViewer();
  const [, logout] = useMutation(LogoutMutation);
  const resetClient = useResetClient();
  const navigate = useNavigate();
  if (!viewer) return null;
  return (
    <Space style={{ whiteSpace: 'nowrap' }}>
      <UserOutlined aria-hidden />
      <Typography.Text style={{ whiteSpace: 'nowrap' }} data-testid="user-name">
        {viewer.displayName}
        {!compact && <Typography.Text type="secondary"> · {label('Role', viewer.role)}</Typography.Text>}
      </Typography.Text>
      {/* On a phone the header also holds the menu button: icons only, named for screen readers. */}
      <Button size="small" aria-label={compact ? t('修改密码', 'Change password') : undefined} icon={<KeyOutlined aria-hidden />} onClick={() => navigate('/password')}>
        {!compact && t('修改密码', 'Change password')}
      </Button>
      <Button
        size="small"
        aria-label={compact ? t('退出', 'Log out') : undefined}
        icon={<LogoutOutlined aria-hidden />}
        onClick={async () => {
          await logout({});
          resetClient();
          navigate('/login');
        }}
      >
        {!compact && t('退出', 'Log out')}
      </Button>
    </Space>
  );
}
