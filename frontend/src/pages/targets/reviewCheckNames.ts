import type { Translate } from '../../i18n/locale';

/** Names of the review checks (rules.Check* codes), shown beside the code. */
export function reviewCheckName(code: string, t: Translate): string | undefined {
  switch (code) {
    case 'HAS_OUTPUT':
      return t('含产出指标', 'Has an output indicator');
    case 'HAS_EFFECT':
      return t('含效益指标', 'Has an effect indicator');
    case 'HAS_SATISFACTION':
      return t('含满意度指标', 'Has a satisfaction indicator');
    case 'WEIGHTS_SUM':
      return t('权重合计等于总分值', 'Weights add up to the points');
    case 'QUANT_TARGET_AND_UNIT':
      return t('定量指标有指标值和单位', 'Quantitative indicators have a value and unit');
    case 'NOT_BELOW_HISTORY':
      return t('指标值不低于历史值', 'Targets not below history');
    case 'COST_WITHIN_STANDARD':
      return t('成本不超过支出标准', 'Costs within the expenditure standard');
    case 'ASSESSMENT_NOT_REJECTED':
      return t('事前评估未被否定', 'Ex-ante assessment not rejected');
    case 'KEY_PROJECT_TARGET':
      return t('重点项目须有目标', 'Key projects have a target');
    default:
      return undefined;
  }
}
