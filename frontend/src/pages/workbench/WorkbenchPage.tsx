import { Alert, Badge, Card, Col, Empty, Row, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../auth/ViewerContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { currentFiscalYear, formatDate } from '../../format/date';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { MyTasksQuery } from './myTasksQuery';
import { taskKindInfo } from './taskKinds';
import { WorkCalendar } from './WorkCalendar';

/**
 * 工作台: what is waiting for the viewer (one myTasks query), each with its
 * count, how many are overdue and the earliest deadline, linking to the list
 * or form where it is done. Overdue items come first and stand out.
 */
export default function WorkbenchPage() {
  const t = useT();
  const label = useEnumLabel();
  const { viewer } = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: MyTasksQuery, requestPolicy: 'cache-and-network' });
  const tasks = [...(data?.myTasks ?? [])].sort((a, b) => Number(b.overdue > 0) - Number(a.overdue > 0));
  const year = currentFiscalYear();
  const overdueTotal = tasks.reduce((n, x) => n + x.overdue, 0);

  return (
    <>
      <PageTitle title={t('工作台', 'Workbench')} />
      {viewer && (
        <Typography.Paragraph type="secondary">
          {t(`${viewer.displayName}（${label('Role', viewer.role)}${viewer.department ? ` · ${viewer.department.name}` : ''}），以下是等待您处理的事项。`, `${viewer.displayName} (${label('Role', viewer.role)}${viewer.department ? ` · ${viewer.department.name}` : ''}): what is waiting for you.`)}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={error} />
      {overdueTotal > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t(`有 ${overdueTotal} 项已逾期，请优先处理。`, `${overdueTotal} item(s) are overdue: deal with them first.`)} />}
      {fetching && !data ? (
        <Spin />
      ) : tasks.length === 0 ? (
        <Card>
          <Empty description={t('暂无待办事项', 'Nothing is waiting for you')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]} data-testid="tasks">
          {tasks.map((task) => {
            const info = taskKindInfo(task.kind, t, year);
            const late = task.overdue > 0;
            return (
              <Col key={task.kind} xs={24} md={12} xl={8}>
                <Card
                  size="small"
                  data-task={task.kind}
                  style={late ? { borderColor: '#a8071a', borderWidth: 2 } : undefined}
                  title={
                    <h2 style={{ fontSize: 16, margin: 0 }}>
                      <Link to={info.to}>{info.title}</Link>
                    </h2>
                  }
                  extra={<Badge count={task.count} overflowCount={999} showZero color={late ? '#a8071a' : '#1f5fa8'} />}
                >
                  <Typography.Paragraph style={{ marginBottom: 8 }}>{info.hint}</Typography.Paragraph>
                  <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
                    <span>
                      {t('共', 'Total')} <strong data-count>{task.count}</strong> {t('项', '')}
                    </span>
                    {late && (
                      <Tag color="#a8071a" data-overdue>
                        {t(`已逾期 ${task.overdue} 项`, `${task.overdue} overdue`)}
                      </Tag>
                    )}
                    {task.deadline && (
                      <span>
                        {t('最早期限：', 'Earliest deadline: ')}
                        <time dateTime={task.deadline} style={dayjs(task.deadline).isBefore(dayjs()) ? { color: '#a8071a', fontWeight: 600 } : undefined}>
                          {formatDate(task.deadline)}
                        </time>
                      </span>
                    )}
                    <Link to={info.to} style={{ marginLeft: 'auto' }} aria-label={`${info.action}：${info.title}`}>
                      {info.action} →
                    </Link>
                  </div>
                </Card>
              </Col>
            );
          })}
        </Row>
      )}
      <WorkCalendar year={year} region={viewer?.department?.region} />
    </>
  );
}
