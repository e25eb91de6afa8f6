import { Input, Select, Space } from 'antd';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { FiscalYearSelect } from '../../components/FiscalYearSelect';
import type { ProjectStatus, Sector, WarningLevel } from '../../gql/graphql';
import { useEnumOptions } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import type { ProjectFilters } from './projectFilters';

type Props = { filters: ProjectFilters; onChange: (next: ProjectFilters) => void };

export function ProjectFilterBar({ filters, onChange }: Props) {
  const t = useT();
  const sectors = useEnumOptions('Sector');
  const statuses = useEnumOptions('ProjectStatus');
  const warnings = useEnumOptions('WarningLevel');
  const set = (patch: Partial<ProjectFilters>) => onChange({ ...filters, ...patch });
  return (
    <Space wrap style={{ marginBottom: 16 }} aria-label={t('筛选', 'Filters')}>
      <FiscalYearSelect allowClear value={filters.fiscalYear} onChange={(fiscalYear) => set({ fiscalYear })} />
      <DepartmentSelect value={filters.departmentId} onChange={(departmentId) => set({ departmentId })} placeholder={t('全部部门', 'All departments')} />
      <Select<Sector>
        allowClear
        placeholder={t('全部领域', 'All sectors')}
        aria-label={t('领域', 'Sector')}
        style={{ width: 150 }}
        value={filters.sector}
        onChange={(sector) => set({ sector })}
        options={sectors}
      />
      <Select<ProjectStatus>
        allowClear
        placeholder={t('全部状态', 'All statuses')}
        aria-label={t('状态', 'Status')}
        style={{ width: 120 }}
        value={filters.status}
        onChange={(status) => set({ status })}
        options={statuses}
      />
      <Select<WarningLevel>
        allowClear
        placeholder={t('全部预警', 'All warnings')}
        aria-label={t('监控预警', 'Warning')}
        style={{ width: 140 }}
        value={filters.warningLevel}
        onChange={(warningLevel) => set({ warningLevel })}
        options={warnings}
      />
      <Input.Search
        allowClear
        placeholder={t('项目名称或编码', 'Project name or code')}
        aria-label={t('项目名称或编码', 'Project name or code')}
        defaultValue={filters.nameContains}
        onSearch={(q) => set({ nameContains: q || undefined })}
        style={{ width: 220 }}
      />
    </Space>
  );
}
