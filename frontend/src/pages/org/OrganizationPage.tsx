import { Card, Col, Row, Spin } from 'antd';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useDepartments } from '../../components/useDepartments';
import { useT } from '../../i18n/locale';
import { DepartmentTree } from './DepartmentTree';
import { UserTable } from './UserTable';

export default function OrganizationPage() {
  const t = useT();
  const { tree, byId, loading, error } = useDepartments();
  // The department shown is in the URL (?dept=), like the users' page; choosing another starts at page 1.
  const [params, setParams] = useSearchParams();
  const selected = params.get('dept') ?? undefined;
  const setSelected = (id: string | undefined) => {
    const next = new URLSearchParams(params);
    if (id) next.set('dept', id);
    else next.delete('dept');
    next.delete('page');
    setParams(next);
  };
  return (
    <>
      <PageTitle title={t('部门与用户', 'Departments & users')} />
      <Row gutter={16}>
        <Col xs={24} lg={11}>
          <Card title={t('部门/单位', 'Departments')}>
            <ErrorAlert error={error} />
            {loading ? <Spin /> : <DepartmentTree tree={tree} selectedId={selected} onSelect={setSelected} />}
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          <Card title={selected ? t(`用户 · ${byId.get(selected)?.name ?? ''}`, `Users · ${byId.get(selected)?.name ?? ''}`) : t('全部用户', 'All users')}>
            <UserTable departmentId={selected} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
