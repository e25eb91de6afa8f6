import { compareDecimals, isDecimal } from '../../format/decimal';
import type { Comparator, IndicatorProgressInput, IndicatorProgressLikelihood, IndicatorProgressReason, QualitativeLevel, WarningLevel } from '../../gql/graphql';
import type { Translate } from '../../i18n/locale';

/** What the clerk types for one indicator in one period (decimals stay strings). */
export type ProgressDraft = {
  completedToDate: string;
  completedLevel?: QualitativeLevel;
  expectedFullYear: string;
  reason?: IndicatorProgressReason;
  reasonText: string;
  likelihood?: IndicatorProgressLikelihood;
};

export const emptyProgress = (): ProgressDraft => ({ completedToDate: '', expectedFullYear: '', reasonText: '' });

export type ProgressField = 'completedToDate' | 'completedLevel' | 'expectedFullYear' | 'reason' | 'likelihood';
export type ProgressErrors = Record<string, Partial<Record<ProgressField, string>>>;

type IndicatorLike = { id: string; comparator: Comparator };

/**
 * Checks the rows before sending: every indicator reports its progress (a
 * value, 0 when nothing is done yet, or a qualitative level) and a
 * likelihood; numbers are numbers ≥ 0; a row whose preview warning is yellow
 * or red names the reason of the deviation.
 */
export function validateProgress(
  indicators: ReadonlyArray<IndicatorLike>,
  drafts: Record<string, ProgressDraft>,
  warnings: Record<string, WarningLevel | null>,
  t: Translate,
): ProgressErrors {
  const errors: ProgressErrors = {};
  for (const ind of indicators) {
    const d = drafts[ind.id] ?? emptyProgress();
    const e: Partial<Record<ProgressField, string>> = {};
    const nonNegative = (v: string) => isDecimal(v) && compareDecimals(v, '0') >= 0;
    if (ind.comparator === 'QUALITATIVE') {
      if (!d.completedLevel) e.completedLevel = t('请选择目前的完成情况', 'Choose the progress so far');
    } else {
      if (!d.completedToDate.trim()) e.completedToDate = t('请填写截至期末完成值（尚无进展填 0）', 'Enter the value completed to date (0 if nothing yet)');
      else if (!nonNegative(d.completedToDate)) e.completedToDate = t('应为不小于 0 的数字', 'Must be a number ≥ 0');
      if (d.expectedFullYear.trim() && !nonNegative(d.expectedFullYear)) e.expectedFullYear = t('应为不小于 0 的数字', 'Must be a number ≥ 0');
    }
    if (!d.likelihood) e.likelihood = t('请选择完成可能性', 'Choose the likelihood');
    const w = warnings[ind.id];
    if ((w === 'RED' || w === 'YELLOW') && !d.reason) e.reason = t('进度偏差，请选择偏差原因', 'Behind schedule: choose the reason');
    if (Object.keys(e).length > 0) errors[ind.id] = e;
  }
  return errors;
}

/** The API input of a checked row. */
export function toProgressInput(ind: IndicatorLike, d: ProgressDraft): IndicatorProgressInput {
  const qualitative = ind.comparator === 'QUALITATIVE';
  return {
    indicatorID: ind.id,
    completedToDate: qualitative ? null : d.completedToDate.trim(),
    completedLevel: qualitative ? d.completedLevel ?? null : null,
    expectedFullYear: qualitative || !d.expectedFullYear.trim() ? null : d.expectedFullYear.trim(),
    reason: d.reason ?? null,
    reasonText: d.reasonText.trim() || null,
    likelihood: d.likelihood ?? null,
  };
}
