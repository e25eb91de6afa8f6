import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../auth/ViewerContext';
import { ProjectsCursorAtQuery } from '../../components/cursorAtQueries';
import { departmentSubtree } from '../../components/departmentSubtree';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageNumbers } from '../../components/PageNumbers';
import { PageTitle } from '../../components/PageTitle';
import { usePagedQuery } from '../../components/usePagedQuery';
import { useDepartments } from '../../components/useDepartments';
import { useT } from '../../i18n/locale';
import { filtersFromSearch, filtersToSearch, projectWhere, type ProjectFilters } from './projectFilters';
import { ProjectListQuery } from './projectListQuery';
import { ProjectFilterBar } from './ProjectFilterBar';
import { ProjectTable, type ProjectRow } from './ProjectTable';

export default function ProjectListPage() {
  const t = useT();
  const { creatable } = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const { departments } = useDepartments();
  const where = useMemo(
    () => projectWhere(filters, filters.departmentId ? departmentSubtree(filters.departmentId, departments) : []),
    [filters, departments],
  );
  const orderBy = filters.sortField ? { field: filters.sortField, direction: filters.sortDirection ?? 'ASC' } : { field: 'CODE' as const, direction: 'ASC' as const };
  const list = usePagedQuery({
    query: ProjectListQuery,
    variables: { where, orderBy },
    connection: (d) => d.projects,
    cursorAt: ProjectsCursorAtQuery,
    cursorOf: (d) => d.projectsCursorAt,
    cursorVariables: { where, orderBy },
  });
  const { fetching, error } = list;
  const connection = list.data?.projects;
  const rows = (connection?.edges ?? []).flatMap((e) => (e?.node ? [e.node as ProjectRow] : []));
  // A new filter or sort starts at page 1 and keeps the page size.
  const update = (next: ProjectFilters) => {
    const search = filtersToSearch(next);
    const size = params.get('size');
    if (size) search.set('size', size);
    setParams(search, { replace: true });
  };

  return (
    <>
      <PageTitle
        title={t('项目', 'Projects')}
        extra={
          creatable.includes('PROJECT') && (
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
        <PageNumbers list={list} />
      </Card>
    </>
  );
}
