import type { RuleParams } from '../../api/useRuleSet';
import { compareDecimals, isDecimal, sumDecimals } from '../../format/decimal';
import { subcategoriesOf } from '../../format/enumLabels';
import type { Translate } from '../../i18n/locale';
import { isQualitative, type IndicatorDraft } from './indicatorDraft';

export type DraftField = 'category' | 'subcategory' | 'name' | 'comparator' | 'targetValue' | 'targetText' | 'unit' | 'weight' | 'baseline' | 'standardValue';

export const DRAFT_FIELDS: readonly DraftField[] = ['category', 'subcategory', 'name', 'comparator', 'targetValue', 'targetText', 'unit', 'weight', 'baseline', 'standardValue'];
export type DraftErrors = Record<string, Partial<Record<DraftField, string>>>;

/** Errors that stop sending, per row and field. Empty when every row may be sent. */
export function validateIndicatorDrafts(rows: IndicatorDraft[], t: Translate): DraftErrors {
  const errors: DraftErrors = {};
  for (const row of rows) {
    const e: Partial<Record<DraftField, string>> = {};
    if (!row.category) e.category = t('请选择一级指标', 'Choose the level-1 category');
    if (!row.subcategory) e.subcategory = t('请选择二级指标', 'Choose the level-2 category');
    else if (row.category && !subcategoriesOf[row.category].includes(row.subcategory))
      e.subcategory = t('二级指标与一级指标不匹配', 'Level 2 does not belong to level 1');
    if (!row.name.trim()) e.name = t('请填写三级指标名称', 'Enter the indicator name');
    if (!row.comparator) e.comparator = t('请选择比较符', 'Choose a comparator');
    if (isQualitative(row)) {
      if (!row.targetText.trim()) e.targetText = t('定性指标请填写指标值描述', 'Describe the target of a qualitative indicator');
    } else {
      if (!row.targetValue.trim()) e.targetValue = t('定量指标请填写指标值', 'Enter the target value');
      else if (!isDecimal(row.targetValue)) e.targetValue = t('指标值应为数字，如 95 或 12.5', 'The target must be a number such as 95 or 12.5');
      if (!row.unit.trim()) e.unit = t('定量指标请填写计量单位', 'Enter the unit');
      if (row.baseline.trim() && !isDecimal(row.baseline)) e.baseline = t('历史值应为数字，可不填', 'The baseline must be a number (or left empty)');
      if (row.standardValue.trim() && !isDecimal(row.standardValue)) e.standardValue = t('预算支出标准应为数字，可不填', 'The expenditure standard must be a number (or left empty)');
    }
    if (!row.weight.trim()) e.weight = t('请填写分值', 'Enter the weight');
    else if (!isDecimal(row.weight) || compareDecimals(row.weight, '0') < 0) e.weight = t('分值应为不小于 0 的数字', 'The weight must be a number ≥ 0');
    if (Object.keys(e).length > 0) errors[row.key] = e;
  }
  return errors;
}

/**
 * The review checks a finance reviewer will run; shown as warnings, they do not
 * stop saving a draft. The weights' total is the rule set's in force (ruleSetFor):
 * without it (still loading) that check waits.
 */
export function indicatorWarnings(
  rows: IndicatorDraft[],
  t: Translate,
  options: { publicService: boolean; rules?: Pick<RuleParams, 'indicatorPoints' | 'selfExecutionPoints'> },
): string[] {
  const warnings: string[] = [];
  const has = (c: string) => rows.some((r) => r.category === c);
  if (rows.length === 0) return [t('至少需要一个指标', 'At least one indicator is needed')];
  if (!has('OUTPUT')) warnings.push(t('缺少产出指标', 'No output indicator'));
  if (!has('EFFECT')) warnings.push(t('缺少效益指标', 'No effect indicator'));
  if (options.publicService && !has('SATISFACTION')) warnings.push(t('公共服务项目应设置满意度指标', 'A public-service project needs a satisfaction indicator'));
  if (options.rules) {
    const { indicatorPoints: points, selfExecutionPoints: execution } = options.rules;
    const total = sumDecimals(rows.map((r) => (isDecimal(r.weight) ? r.weight : null)));
    if (compareDecimals(total, points) !== 0)
      warnings.push(t(`指标分值合计 ${total} 分，应为 ${points} 分（预算执行率另计 ${execution} 分）`, `Weights total ${total}; they should total ${points} (execution rate adds ${execution})`));
  }
  for (const r of rows) {
    if (isQualitative(r) || !isDecimal(r.targetValue)) continue;
    const name = r.name.trim() || t('未命名指标', 'unnamed indicator');
    if (isDecimal(r.baseline) && compareDecimals(r.targetValue, r.baseline) < 0 && (r.comparator === 'GTE' || r.comparator === 'GT'))
      warnings.push(t(`“${name}”的指标值低于历史值 ${r.baseline}`, `"${name}": the target is below its baseline ${r.baseline}`));
    if (r.category === 'COST' && isDecimal(r.standardValue) && compareDecimals(r.targetValue, r.standardValue) > 0)
      warnings.push(t(`“${name}”超过预算支出标准 ${r.standardValue}`, `"${name}": above the expenditure standard ${r.standardValue}`));
  }
  return warnings;
}
