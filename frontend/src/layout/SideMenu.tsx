import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalculatorOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  HomeOutlined,
  OrderedListOutlined,
  ProjectOutlined,
  TeamOutlined,
  ToolOutlined,
  TransactionOutlined,
} from '@ant-design/icons';
import { Badge, Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../auth/ViewerContext';
import { useT } from '../i18n/locale';
import { useTaskTotal } from '../pages/workbench/useTaskTotal';

/** The first path segment decides which menu entry is lit. */
function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  if (first === 'targets') return 'reviews';
  return first || 'workbench';
}

/**
 * The main menu: a <nav> landmark of real links (keyboard, middle-click,
 * screen readers), the current page marked with aria-current, icons hidden
 * from screen readers, and the to-do count on 工作台.
 */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const { pathname } = useLocation();
  const { viewer } = useViewer();
  const current = selectedKey(pathname);
  const { total, overdue } = useTaskTotal();
  const link = (key: string, text: string, extra?: ReactNode) => (
    <Link to={`/${key}`} aria-current={current === key ? 'page' : undefined} onClick={onNavigate}>
      {text}
      {extra}
    </Link>
  );
  const entry = (key: string, icon: ReactNode, text: string, extra?: ReactNode) => ({ key, icon, label: link(key, text, extra), title: text });
  const items: MenuProps['items'] = [
    entry(
      'workbench',
      <HomeOutlined aria-hidden />,
      t('工作台', 'Workbench'),
      total > 0 ? (
        <Badge
          count={total}
          overflowCount={99}
          size="small"
          color={overdue > 0 ? '#a8071a' : '#1f5fa8'}
          style={{ marginInlineStart: 8, boxShadow: 'none' }}
          title={t(`待办 ${total} 项${overdue ? `，逾期 ${overdue} 项` : ''}`, `${total} to-do(s)${overdue ? `, ${overdue} overdue` : ''}`)}
          data-testid="menu-task-badge"
        />
      ) : undefined,
    ),
    entry('cockpit', <DashboardOutlined aria-hidden />, t('驾驶舱', 'Cockpit')),
    entry('comparison', <BarChartOutlined aria-hidden />, t('部门比较', 'Comparison')),
    entry('projects', <ProjectOutlined aria-hidden />, t('项目', 'Projects')),
    entry('reviews', <CheckSquareOutlined aria-hidden />, t('目标申报与审核', 'Targets & review')),
    entry('evaluations', <AuditOutlined aria-hidden />, t('绩效评价', 'Evaluations')),
    ...(viewer?.role === 'FINANCE_ADMIN' || viewer?.role === 'FINANCE_REVIEWER'
      ? [entry('schemes', <OrderedListOutlined aria-hidden />, t('评价方案', 'Schemes')), entry('composites', <CalculatorOutlined aria-hidden />, t('组合得分', 'Composites'))]
      : []),
    entry('rectifications', <ToolOutlined aria-hidden />, t('整改台账', 'Rectifications')),
    entry('budget-links', <TransactionOutlined aria-hidden />, t('结果应用台账', 'Result application')),
    entry('indicator-library', <DatabaseOutlined aria-hidden />, t('指标库', 'Indicator library')),
    entry('organization', <ApartmentOutlined aria-hidden />, t('部门与用户', 'Departments & users')),
    ...(viewer?.role === 'FINANCE_ADMIN' ? [entry('users', <TeamOutlined aria-hidden />, t('用户管理', 'Users'))] : []),
    {
      key: 'graphiql',
      icon: <ApiOutlined aria-hidden />,
      label: (
        <a href="/graphiql" target="_blank" rel="noreferrer">
          GraphiQL
        </a>
      ),
    },
  ];
  return (
    <nav aria-label={t('主菜单', 'Main menu')}>
      <Menu theme="dark" mode="inline" selectedKeys={[current]} items={items} />
    </nav>
  );
}
