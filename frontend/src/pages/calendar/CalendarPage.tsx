import { Card, Select, Space } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../auth/ViewerContext';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import { PageTitle } from '../../components/PageTitle';
import { currentFiscalYear } from '../../format/date';
import { useT } from '../../i18n/locale';
import { WorkCalendar } from '../workbench/WorkCalendar';
import { CalendarEditor } from './CalendarEditor';
import { CalendarRegionsQuery } from './calendarOperations';

/**
 * 工作日历 in the menu: the year's deadlines for a region (the viewer's own
 * by default), region and year in the URL (?region=&year=); finance
 * administrators set the dates for a region and year below the calendar.
 */
export default function CalendarPage() {
  const t = useT();
  const { viewer, creatable } = useViewer();
  const [params, setParams] = useSearchParams();
  const ownRegion = viewer?.department?.region ?? undefined;
  const region = params.has('region') ? params.get('region') || undefined : ownRegion;
  const year = Number(params.get('year')) || currentFiscalYear();
  const [{ data }] = useQuery({ query: CalendarRegionsQuery });
  const [version, setVersion] = useState(0);
  const set = (key: 'region' | 'year', value: string | undefined) => {
    const next = new URLSearchParams(params);
    next.set(key, value ?? '');
    if (key === 'year' && !value) next.delete('year');
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageTitle title={t('工作日历', 'Work calendar')} />
      <Card>
        <Space wrap>
          <Select<string>
            allowClear
            aria-label={t('地区', 'Region')}
            placeholder={t('全国（不取地区规则）', 'National (no regional rules)')}
            style={{ width: 220 }}
            value={region}
            onChange={(v) => set('region', v)}
            options={(data?.regions ?? []).map((r) => ({ value: r.name, label: r.name }))}
          />
          <FiscalYearSelect value={year} onChange={(y) => set('year', y ? String(y) : undefined)} />
        </Space>
      </Card>
      <WorkCalendar key={version} year={year} region={region} controlled />
      {creatable.includes('CALENDAR') && <CalendarEditor region={region} fiscalYear={year} onSaved={() => setVersion((v) => v + 1)} />}
    </>
  );
}
