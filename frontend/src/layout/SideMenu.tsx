import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  ProjectOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useViewer } from '../auth/ViewerContext';
import { useT } from '../i18n/locale';

/** The first path segment decides which menu entry is lit. */
function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  if (first === 'targets') return 'reviews';
  return first || 'cockpit';
}

export function SideMenu() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { viewer } = useViewer();
  const items: MenuProps['items'] = [
    { key: 'cockpit', icon: <DashboardOutlined />, label: t('驾驶舱', 'Cockpit') },
    { key: 'comparison', icon: <BarChartOutlined />, label: t('部门比较', 'Comparison') },
    { key: 'projects', icon: <ProjectOutlined />, label: t('项目', 'Projects') },
    { key: 'reviews', icon: <CheckSquareOutlined />, label: t('目标申报与审核', 'Targets & review') },
    { key: 'evaluations', icon: <AuditOutlined />, label: t('绩效评价', 'Evaluations') },
    { key: 'indicator-library', icon: <DatabaseOutlined />, label: t('指标库', 'Indicator library') },
    { key: 'organization', icon: <ApartmentOutlined />, label: t('部门与用户', 'Departments & users') },
    ...(viewer?.role === 'FINANCE_ADMIN' ? [{ key: 'users', icon: <TeamOutlined />, label: t('用户管理', 'Users') }] : []),
    {
      key: 'graphiql',
      icon: <ApiOutlined />,
      label: (
        <a href="/graphiql" target="_blank" rel="noreferrer">
          GraphiQL
        </a>
      ),
    },
  ];
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selectedKey(pathname)]}
      items={items}
      onClick={({ key }) => {
        if (key !== 'graphiql') navigate(`/${key}`);
      }}
    />
  );
}
