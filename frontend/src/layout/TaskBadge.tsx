import { Badge } from 'antd';

/**
 * A count on a menu entry. The number is drawn for the eye and hidden from
 * screen readers, which read the sentence beside it instead ("待审核的绩效目标
 * 3 项，逾期 1 项"), so that a link reads "项目 待填报的绩效监控 2 项", not
 * "项目 2". Red when some are overdue.
 */
export function TaskBadge({ count, overdue, text, kind, testId }: { count: number; overdue: number; text: string; kind?: string; testId?: string }) {
  return (
    <span data-task-kind={kind} style={{ marginInlineStart: 6 }}>
      <span aria-hidden data-testid={testId}>
        <Badge count={count} overflowCount={99} size="small" color={overdue > 0 ? '#a8071a' : '#1f5fa8'} style={{ boxShadow: 'none' }} title="" />
      </span>
      <span className="sr-only">{text}</span>
    </span>
  );
}
