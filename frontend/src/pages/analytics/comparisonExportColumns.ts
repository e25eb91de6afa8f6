import { formatWan } from '../../format/money';
import { enumLabel } from '../../format/enumLabels';
import type { ExportColumn } from '../../export/exportToExcel';
import type { Locale, Translate } from '../../i18n/locale';
import type { DepartmentStatsRow } from './useDepartmentStats';

const wanNumber = (m: string) => Number(formatWan(m).replace(/,/g, ''));

/** The comparison table's columns for the Excel file (numbers stay numbers); the rank is titled as in the table (its ordering). */
export function comparisonExportColumns(t: Translate, locale: Locale, rankTitle: string): ExportColumn<DepartmentStatsRow>[] {
  return [
    { title: rankTitle, value: (r) => r.rank },
    { title: t('部门编码', 'Code'), value: (r) => r.code },
    { title: t('部门/单位', 'Department'), value: (r) => r.name, width: 28 },
    { title: t('区域', 'Region'), value: (r) => r.region },
    { title: t('领域', 'Sector'), value: (r) => enumLabel('Sector', r.sector, locale) },
    { title: t('项目数', 'Projects'), value: (r) => r.projectCount },
    { title: t('预算（万元）', 'Budget (10k yuan)'), value: (r) => wanNumber(r.budget), numFmt: '#,##0.00' },
    { title: t('已支出（万元）', 'Paid (10k yuan)'), value: (r) => wanNumber(r.paid), numFmt: '#,##0.00' },
    { title: t('执行率', 'Execution rate'), value: (r) => r.executionRate, numFmt: '0.0%' },
    { title: t('指标完成率', 'Indicator completion'), value: (r) => r.indicatorCompletionRate, numFmt: '0.0%' },
    { title: t('平均得分', 'Average score'), value: (r) => (r.averageScore == null ? null : Number(r.averageScore)), numFmt: '0.00' },
    { title: t('优', 'Excellent'), value: (r) => r.gradeCounts.EXCELLENT },
    { title: t('良', 'Good'), value: (r) => r.gradeCounts.GOOD },
    { title: t('中', 'Fair'), value: (r) => r.gradeCounts.FAIR },
    { title: t('差', 'Poor'), value: (r) => r.gradeCounts.POOR },
    { title: t('红色预警项目', 'Red-warning projects'), value: (r) => r.redWarnings },
  ];
}
