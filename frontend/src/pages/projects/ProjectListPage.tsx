import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { canEdit, useViewer } from '../../auth/ViewerContext';
import { CursorPager } from '../../components/CursorPager';
import { departmentSubtree } from '../../components/departmentSubtree';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useCursorPagination } from '../../components/useCursorPagination';
import { useDepartments } from '../../components/useDepartments';
import { useT } from '../../i18n/locale';
import { filtersFromSearch, filtersToSearch, projectWhere, type ProjectFilters } from './projectFilters';
import { ProjectListQuery } from './projectListQuery';
import { ProjectFilterBar } from './ProjectFilterBar';
import { ProjectTable, type ProjectRow } from './ProjectTable';

export default function ProjectListPage() {
  const t = useT();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const { departments } = useDepartments();
  const where = useMemo(
    () => projectWhere(filters, filters.departmentId ? departmentSubtree(filters.departmentId, departments) : []),
    [filters, departments],
  );
  const orderBy = filters.sortField ? { field: filters.sortField, direction: filters.sortDirection ?? 'ASC' } : { field: 'CODE' as const, direction: 'ASC' as const };
  const pagination = useCursorPagination(JSON.stringify({ where, orderBy }));
  const [{ data, fetching, error }] = useQuery({
    query: ProjectListQuery,
    variables: { first: pagination.first, after: pagination.after, where, orderBy },
  });
  const connection = data?.projects;
  const rows = (connection?.edges ?? []).flatMap((e) => (e?.node ? [e.node as ProjectRow] : []));
  const update = (next: ProjectFilters) => setParams(filtersToSearch(next), { replace: true });

  return (
    <>
      <PageTitle
        title={t('项目', 'Projects')}
        extra={
          canEdit(viewer) && (
            <Link to="/projects/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('新建项目', 'New project')}
              </Button>
            </Link>
          )
        }
      />
      <Card>
        <ProjectFilterBar filters={filters} onChange={update} />
        <ErrorAlert error={error} />
        <ProjectTable
          rows={rows}
          loading={fetching}
          sort={{ field: filters.sortField, direction: filters.sortDirection }}
          onSort={(sort) => update({ ...filters, sortField: sort.field, sortDirection: sort.direction })}
        />
        <CursorPager
          pagination={pagination}
          totalCount={connection?.totalCount}
          hasNextPage={connection?.pageInfo.hasNextPage ?? false}
          endCursor={connection?.pageInfo.endCursor}
          loading={fetching}
        />
      </Card>
    </>
  );
}
