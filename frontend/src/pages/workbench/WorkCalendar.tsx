import { Card, Segmented, Switch, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format/date';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { calendarLink, calendarState } from './calendarLinks';
import { WorkCalendarQuery } from './workCalendarQuery';

/**
 * 工作日历: the fiscal year's deadlines as the server's rule set in force
 * dates them (目标申报 二上二下, monitoring, self- and key evaluation) and
 * the days the viewer's open rectifications fall due. Steps that are open now
 * are marked, those past their deadline are greyed, and every row links to
 * where the work is done. A table, so that it reads the same to everyone.
 */
export function WorkCalendar({ year, region, controlled }: { year: number; region?: string | null; /** The year is the caller's (the calendar page keeps it in the URL): no year switch here. */ controlled?: boolean }) {
  const t = useT();
  const label = useEnumLabel();
  const [ownYear, setOwnYear] = useState(year);
  const fiscalYear = controlled ? year : ownYear;
  const [showPast, setShowPast] = useState(false);
  const [{ data, fetching, error }] = useQuery({ query: WorkCalendarQuery, variables: { fiscalYear, region: region ?? null }, requestPolicy: controlled ? 'cache-and-network' : undefined });
  const [now] = useState(() => new Date());
  const rows = useMemo(
    () =>
      (data?.workCalendar ?? [])
        .map((e, i) => ({ ...e, key: `${e.kind}-${e.month ?? ''}-${e.deadline}-${i}`, state: calendarState(e.start, e.deadline, now) }))
        .filter((e) => showPast || e.state !== 'past'),
    [data, showPast, now],
  );
  const ruleSet = data?.workCalendar[0]?.ruleSetName;

  return (
    <Card
      style={{ marginTop: 16 }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('工作日历', 'Work calendar')}</h2>}
      extra={
        controlled ? undefined : (
        <Segmented<number>
          aria-label={t('预算年度', 'Fiscal year')}
          value={fiscalYear}
          onChange={setOwnYear}
          options={[year - 1, year, year + 1].map((y) => ({ value: y, label: t(`${y} 年度`, `FY ${y}`) }))}
        />
        )
      }
    >
      <ErrorAlert error={error} />
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap', marginBottom: 8 }}>
        {ruleSet && <span>{t(`期限依据：${ruleSet}`, `Dates from: ${ruleSet}`)}</span>}
        <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          <Switch size="small" checked={showPast} onChange={setShowPast} />
          {t('显示已过期限', 'Show past deadlines')}
        </label>
      </div>
      <Table
        data-testid="work-calendar"
        size="small"
        rowKey="key"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        scroll={{ x: 640 }}
        rowClassName={(r) => (r.state === 'past' ? 'calendar-past' : '')}
        columns={[
          {
            title: t('截止日期', 'Deadline'),
            key: 'deadline',
            width: 120,
            fixed: 'left',
            render: (_, r) => <time dateTime={r.deadline}>{formatDate(r.deadline)}</time>,
          },
          {
            title: t('事项', 'Step'),
            key: 'kind',
            render: (_, r) => (
              <Link to={calendarLink(r.kind, fiscalYear)}>
                {label('CalendarKind', r.kind)}
                {r.month != null && t(`（${r.month} 月）`, ` (month ${r.month})`)}
                {r.count != null && t(`：${r.count} 项`, `: ${r.count}`)}
              </Link>
            ),
          },
          { title: t('开始', 'Opens'), key: 'start', width: 120, render: (_, r) => (r.start ? formatDate(r.start) : '—') },
          {
            title: t('状态', 'State'),
            key: 'state',
            width: 100,
            render: (_, r) =>
              r.state === 'open' ? (
                <Tag color="processing">{t('进行中', 'open now')}</Tag>
              ) : r.state === 'past' ? (
                <Tag>{t('已截止', 'past')}</Tag>
              ) : (
                <Tag color="default">{t('未开始', 'coming')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
