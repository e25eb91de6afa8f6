import { Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { CombinedError } from 'urql';
import { UsersCursorAtQuery } from '../../components/cursorAtQueries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageNumbers } from '../../components/PageNumbers';
import { usePagedQuery } from '../../components/usePagedQuery';
import type { OrderDirection, UserOrderField } from '../../gql/graphql';
import { formatDateTime } from '../../format/date';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { UserActions } from '../users/UserActions';
import { UsersQuery } from './usersQuery';

const USER_ORDER = { field: 'USERNAME' as UserOrderField, direction: 'ASC' as OrderDirection };

/** Users, all or those of one department; with manage, the administrator's actions too. */
export function UserTable({ departmentId, manage }: { departmentId?: string; manage?: boolean }) {
  const t = useT();
  const [actionError, setActionError] = useState<CombinedError>();
  const label = useEnumLabel();
  const where = useMemo(() => (departmentId ? { departmentID: departmentId } : {}), [departmentId]);
  // Numbered pages, page and size in the URL (?page=&size=); a jump asks usersCursorAt.
  const list = usePagedQuery({
    query: UsersQuery,
    variables: { where, orderBy: USER_ORDER },
    connection: (d) => d.users,
    cursorAt: UsersCursorAtQuery,
    cursorOf: (d) => d.usersCursorAt,
    cursorVariables: { where, orderBy: USER_ORDER },
  });
  const { data, fetching, error } = list;
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
        // On a phone the table scrolls sideways, the login name fixed, rather
        // than squeezing names and roles to one character per line.
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('用户名', 'User name'), dataIndex: 'username', fixed: 'left' },
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
      <PageNumbers list={list} />
    </>
  );
}
