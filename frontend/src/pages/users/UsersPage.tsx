import { Card } from 'antd';
import { useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n/locale';
import { UserTable } from '../org/UserTable';
import { CreateUserButton } from './CreateUserButton';

/** 用户管理: finance administrators create, disable, reset and unlock users. */
export default function UsersPage() {
  const t = useT();
  const [version, setVersion] = useState(0);
  return (
    <>
      <PageTitle title={t('用户管理', 'Users')} />
      <Card extra={<CreateUserButton onCreated={() => setVersion((v) => v + 1)} />}>
        <UserTable key={version} manage />
      </Card>
    </>
  );
}
