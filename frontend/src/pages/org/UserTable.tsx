import { Table, Tag } from 'antd';
import { useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCursorPagination } from '../../components/useCursorPagination';
import { formatDateTime } from '../../format/date';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { UserActions } from '../users/UserActions';
import { UsersQuery } from './usersQuery';

/** Users, all or those of one department; with manage, the administrator's actions too. */
export function UserTable({ departmentId, manage }: { departmentId?: string; manage?: boolean }) {
  const t = useT();
  const [actionError, setActionError] = useState<CombinedError>();
  const label = useEnumLabel();
  const where = departmentId ? { departmentID: departmentId } : {};
  const pagination = useCursorPagination(JSON.stringify(where));
  const [{ data, fetching, error }] = useQuery({ query: UsersQuery, variables: { first: pagination.first, after: pagination.after, where } });
  const connection = data?.users;
  const rows = (connection?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <ErrorAlert error={error ?? actionError} />
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('用户名', 'User name'), dataIndex: 'username' },
          { title: t('姓名', 'Name'), dataIndex: 'displayName' },
          { title: t('角色', 'Role'), dataIndex: 'role', render: (v: string) => label('Role', v) },
          { title: t('所属单位', 'Unit'), key: 'unit', render: (_, u) => u.department?.name ?? u.agency?.name ?? '—' },
          {
            title: t('状态', 'Status'),
            key: 'active',
            render: (_, u) =>
              !u.active ? (
                <Tag>{t('停用', 'inactive')}</Tag>
              ) : u.lockedUntil && new Date(u.lockedUntil) > new Date() ? (
                <Tag color="red">{t(`锁定至 ${formatDateTime(u.lockedUntil)}`, `locked until ${formatDateTime(u.lockedUntil)}`)}</Tag>
              ) : (
                <Tag color="green">{t('正常', 'active')}</Tag>
              ),
          },
          ...(manage
            ? [{ title: t('操作', 'Actions'), key: 'actions', render: (_: unknown, u: (typeof rows)[number]) => <UserActions user={u} onError={setActionError} /> }]
            : []),
        ]}
      />
      <CursorPager pagination={pagination} totalCount={connection?.totalCount} hasNextPage={connection?.pageInfo.hasNextPage ?? false} endCursor={connection?.pageInfo.endCursor} loading={fetching} />
    </>
  );
}
