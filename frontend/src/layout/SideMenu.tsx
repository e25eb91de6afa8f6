import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  CalendarOutlined,
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
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../auth/ViewerContext';
import { useT } from '../i18n/locale';
import { taskKindInfo } from '../pages/workbench/taskKinds';
import { menuKeyOfTask, useTaskTotal } from '../pages/workbench/useTaskTotal';
import { currentFiscalYear } from '../format/date';
import { TaskBadge } from './TaskBadge';

/** The first path segment decides which menu entry is lit. */
function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  if (first === 'targets') return 'reviews';
  return first || 'workbench';
}

/**
 * The main menu: a <nav> landmark of real links (keyboard, middle-click,
 * screen readers), the current page marked with aria-current, icons hidden
 * from screen readers, the to-do count on 工作台 and, from the same myTasks
 * query, one badge per kind of to-do on the entry where it is done.
 */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const { pathname } = useLocation();
  const { creatable } = useViewer();
  const current = selectedKey(pathname);
  const { total, overdue, tasks } = useTaskTotal();
  const year = currentFiscalYear();
  const badges = (key: string) =>
    tasks
      .filter((task) => menuKeyOfTask[task.kind] === key)
      .map((task) => {
        const title = taskKindInfo(task.kind, t, year).title;
        const text = t(`（${title} ${task.count} 项${task.overdue ? `，逾期 ${task.overdue} 项` : ''}）`, ` (${title}: ${task.count}${task.overdue ? `, ${task.overdue} overdue` : ''})`);
        return <TaskBadge key={task.kind} kind={task.kind} count={task.count} overdue={task.overdue} text={text} testId={`menu-task-${task.kind}`} />;
      });
  const link = (key: string, text: string, extra?: ReactNode) => (
    <Link to={`/${key}`} aria-current={current === key ? 'page' : undefined} onClick={onNavigate}>
      {text}
      {extra ?? badges(key)}
    </Link>
  );
  const entry = (key: string, icon: ReactNode, text: string, extra?: ReactNode) => ({ key, icon, label: link(key, text, extra), title: text });
  const items: MenuProps['items'] = [
    entry(
      'workbench',
      <HomeOutlined aria-hidden />,
      t('工作台', 'Workbench'),
      total > 0 ? (
        <TaskBadge
          count={total}
          overdue={overdue}
          text={t(`（待办 ${total} 项${overdue ? `，逾期 ${overdue} 项` : ''}）`, ` (${total} to-do(s)${overdue ? `, ${overdue} overdue` : ''})`)}
          testId="menu-task-badge"
        />
      ) : undefined,
    ),
    entry('calendar', <CalendarOutlined aria-hidden />, t('工作日历', 'Work calendar')),
    entry('cockpit', <DashboardOutlined aria-hidden />, t('驾驶舱', 'Cockpit')),
    entry('comparison', <BarChartOutlined aria-hidden />, t('部门比较', 'Comparison')),
    entry('projects', <ProjectOutlined aria-hidden />, t('项目', 'Projects')),
    entry('reviews', <CheckSquareOutlined aria-hidden />, t('目标申报与审核', 'Targets & review')),
    entry('evaluations', <AuditOutlined aria-hidden />, t('绩效评价', 'Evaluations')),
    // Schemes and composites serve those who run finance evaluations (the server's creation right).
    ...(creatable.includes('EVALUATION')
      ? [entry('schemes', <OrderedListOutlined aria-hidden />, t('评价方案', 'Schemes')), entry('composites', <CalculatorOutlined aria-hidden />, t('组合得分', 'Composites'))]
      : []),
    entry('rectifications', <ToolOutlined aria-hidden />, t('整改台账', 'Rectifications')),
    entry('budget-links', <TransactionOutlined aria-hidden />, t('结果应用台账', 'Result application')),
    entry('indicator-library', <DatabaseOutlined aria-hidden />, t('指标库', 'Indicator library')),
    entry('organization', <ApartmentOutlined aria-hidden />, t('部门与用户', 'Departments & users')),
    ...(creatable.includes('USER') ? [entry('users', <TeamOutlined aria-hidden />, t('用户管理', 'Users'))] : []),
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
