// The pure part of the scoring sheet: what each score item lets a scorer
// enter, the checks before sending, the API inputs, and the live preview's
// inputs and totals. Decimals stay exact strings (see format/fraction). The
// bands, places and factors are the server's rule set in force (ruleSetFor):
// nothing here is a number of its own.
import type { RuleParams } from '../../api/useRuleSet';
import { compareDecimals, isDecimal } from '../../format/decimal';
import { add, cmp, div, frac, mul, parseFraction, sub, toFixed, type Fraction } from '../../format/fraction';
import type {
  Comparator,
  IndicatorCategory,
  QualitativeLevel,
  ScoreItemFieldsFragment,
  ScoreItemInput,
  ScoreItemMethod,
  SelfEvaluationIndicatorInput,
  IndicatorActualInput,
} from '../../gql/graphql';
import type { Translate } from '../../i18n/locale';

export type SheetItem = ScoreItemFieldsFragment;

/** What the sheet's checks read of the rule set in force. */
export type ScoringRules = Pick<RuleParams, 'qualitativeAchievedMin' | 'qualitativePartlyMin' | 'overAchievementFactor' | 'scorePlaces'>;

/** "1.3" → "30": how far above the target over-achievement starts, in percent. */
export function overAchievementPercent(rules: Pick<ScoringRules, 'overAchievementFactor'>): string {
  const text = toFixed(mul(sub(parseFraction(rules.overAchievementFactor)!, frac(1)), frac(100)), 2);
  return text.replace(/\.?0+$/, '');
}

/** What the scorer typed for one item (all strings as typed). */
export type ItemDraft = {
  actualValue?: string;
  deviationReason?: string;
  level?: QualitativeLevel;
  /** Points given: manual, qualitative, bonus/penalty. */
  score?: string;
  /** Satisfaction in percent (0–100), sent as a rate 0..1. */
  ratePercent?: string;
  incidents?: string;
  vetoed?: boolean;
  note?: string;
};

export type EditorKind = 'actual' | 'qualitative' | 'manual' | 'survey' | 'deduction' | 'veto' | 'bonus' | 'computed';

export function editorKind(item: Pick<SheetItem, 'method' | 'indicator'>): EditorKind {
  const method: ScoreItemMethod = item.method;
  switch (method) {
    case 'INDICATOR':
      if (!item.indicator) return 'computed';
      return item.indicator.comparator === 'QUALITATIVE' ? 'qualitative' : 'actual';
    case 'MANUAL':
      return 'manual';
    case 'SURVEY':
      return 'survey';
    case 'DEDUCTION':
      return 'deduction';
    case 'VETO':
      return 'veto';
    case 'BONUS_PENALTY':
      return 'bonus';
    default:
      return 'computed';
  }
}

export type Band = { low: Fraction; high: Fraction; highInclusive: boolean };

/** A qualitative level's band of the item's points W: 达成 [achieved, 1], 部分达成 [partly, achieved), 未达成 [0, partly), as shares of W. */
export function qualitativeBand(level: QualitativeLevel, weight: string, rules: Pick<ScoringRules, 'qualitativeAchievedMin' | 'qualitativePartlyMin'>): Band {
  const w = parseFraction(weight) ?? frac(0);
  const a = mul(w, parseFraction(rules.qualitativeAchievedMin)!);
  const p = mul(w, parseFraction(rules.qualitativePartlyMin)!);
  if (level === 'ACHIEVED') return { low: a, high: w, highInclusive: true };
  if (level === 'PARTLY_ACHIEVED') return { low: p, high: a, highInclusive: false };
  return { low: frac(0), high: p, highInclusive: false };
}

export function bandText(b: Band): string {
  return `${toFixed(b.low)} ~ ${toFixed(b.high)}${b.highInclusive ? '' : '（不含）'}`;
}

export function inBand(score: string, b: Band, places: number): boolean {
  // The server checks the score as rounded to the rule set's places.
  const s = parseFraction(toFixed(parseFraction(score)!, places))!;
  if (cmp(s, b.low) < 0) return false;
  return b.highInclusive ? cmp(s, b.high) <= 0 : cmp(s, b.high) < 0;
}

const MAX_PLACES = /^\s*-?\d+(\.\d{1,2})?\s*$/;

/** Is anything typed for the item (a draft that differs from nothing)? */
export function hasInput(d: ItemDraft | undefined): boolean {
  return !!d && Object.values(d).some((v) => v !== undefined && v !== '');
}

export type DraftErrors = Partial<Record<keyof ItemDraft, string>>;

/** Checks one item's draft against its limits before anything is sent; the band checks wait for the rule set. */
export function validateItemDraft(item: SheetItem, d: ItemDraft, t: Translate, flags: readonly string[] = [], rules?: ScoringRules): DraftErrors {
  const e: DraftErrors = {};
  const w = item.weight;
  switch (editorKind(item)) {
    case 'actual':
      if (d.actualValue !== undefined && d.actualValue.trim() !== '' && !isDecimal(d.actualValue)) e.actualValue = t('完成值应为数字', 'The actual value must be a number');
      if (flags.includes('OVER_ACHIEVED') && !(d.deviationReason ?? item.indicator?.deviationReason ?? '').trim()) {
        const over = rules ? overAchievementPercent(rules) : undefined;
        e.deviationReason = over
          ? t(`完成值超过目标值 ${over}% 以上，请说明偏差原因`, `More than ${over} % above target: give the reason for the deviation`)
          : t('完成值超额较多，请说明偏差原因', 'Far above target: give the reason for the deviation');
      }
      break;
    case 'qualitative': {
      const level = d.level ?? item.indicator?.actualLevel ?? undefined;
      const score = d.score ?? item.score ?? '';
      if (!level) {
        if (hasInput(d)) e.level = t('请选择达成等级', 'Choose the level reached');
        break;
      }
      if (!score.trim()) e.score = t('请在等级区间内给出得分', "Give a score inside the level's band");
      else if (!MAX_PLACES.test(score)) e.score = t('得分应为数字，最多两位小数', 'The score must be a number with at most 2 decimals');
      else if (rules && !inBand(score, qualitativeBand(level, w, rules), rules.scorePlaces))
        e.score = t(`该等级的得分应在 ${bandText(qualitativeBand(level, w, rules))} 分之间`, `For this level the score must lie in ${bandText(qualitativeBand(level, w, rules)).replace('（不含）', ' (exclusive)')}`);
      break;
    }
    case 'manual':
      if (d.score !== undefined && d.score.trim() !== '') {
        if (!MAX_PLACES.test(d.score)) e.score = t('得分应为数字，最多两位小数', 'The score must be a number with at most 2 decimals');
        else if (compareDecimals(d.score, '0') < 0 || compareDecimals(d.score, w) > 0) e.score = t(`得分应在 0 到 ${w} 分之间`, `The score must lie between 0 and ${w}`);
      }
      break;
    case 'survey':
      if (d.ratePercent !== undefined && d.ratePercent.trim() !== '') {
        if (!isDecimal(d.ratePercent) || compareDecimals(d.ratePercent, '0') < 0 || compareDecimals(d.ratePercent, '100') > 0) e.ratePercent = t('满意度应为 0 到 100 之间的百分数', 'Satisfaction must be a percentage from 0 to 100');
      }
      break;
    case 'deduction':
      if (d.incidents !== undefined && d.incidents.trim() !== '' && !/^\s*\d{1,4}\s*$/.test(d.incidents)) e.incidents = t('扣分次数应为不小于 0 的整数', 'Incidents must be a whole number ≥ 0');
      break;
    case 'veto':
      if (d.vetoed && !(d.note ?? '').trim()) e.note = t('触发一票否决须写明理由', 'A veto needs its reason');
      break;
    case 'bonus':
      if (d.score !== undefined && d.score.trim() !== '') {
        if (!MAX_PLACES.test(d.score)) e.score = t('加减分应为数字（减分用负数），最多两位小数', 'The adjustment must be a number (negative to deduct), at most 2 decimals');
        else if (!(d.note ?? '').trim()) e.note = t('加减分须写明理由', 'An adjustment needs its reason');
      }
      break;
  }
  return e;
}

/** "92.5" (%) → "0.925" exactly. */
export function percentToRate(percent: string): string {
  const places = (percent.trim().split('.')[1] ?? '').length + 2;
  const text = toFixed(div(parseFraction(percent)!, frac(100)), places);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** The requests one item's draft needs: the indicator's actual value, and/or the item's scoring input. */
export function draftRequests(item: SheetItem, d: ItemDraft): { indicator?: { id: string; input: IndicatorActualInput }; score?: ScoreItemInput } {
  const note = d.note?.trim() ? d.note.trim() : undefined;
  switch (editorKind(item)) {
    case 'actual': {
      const input: IndicatorActualInput = {};
      if (d.actualValue !== undefined) {
        if (d.actualValue.trim() === '') input.clearActualValue = true;
        else input.actualValue = d.actualValue.trim();
      }
      if (d.deviationReason !== undefined) {
        input.deviationReason = d.deviationReason.trim();
      }
      return Object.keys(input).length > 0 && item.indicator ? { indicator: { id: item.indicator.id, input } } : {};
    }
    case 'qualitative': {
      const level = d.level ?? item.indicator?.actualLevel ?? undefined;
      const score = d.score ?? item.score ?? undefined;
      // The level reached is the indicator's actual (qualitative) value: saved
      // there too, so that it shows again after a reload and on the published evaluation.
      const indicator = d.level && item.indicator && d.level !== item.indicator.actualLevel ? { id: item.indicator.id, input: { actualLevel: d.level } } : undefined;
      return { indicator, score: { level: level ?? null, score: score?.trim() || null, note: note ?? null } };
    }
    case 'manual':
      return d.score?.trim() ? { score: { score: d.score.trim(), note: note ?? null } } : {};
    case 'survey':
      return d.ratePercent?.trim() ? { score: { score: percentToRate(d.ratePercent), note: note ?? null } } : {};
    case 'deduction':
      return d.incidents?.trim() ? { score: { incidents: Number(d.incidents.trim()), note: note ?? null } } : {};
    case 'veto':
      return d.vetoed !== undefined ? { score: { vetoed: d.vetoed, note: note ?? null } } : {};
    case 'bonus':
      return d.score?.trim() ? { score: { score: d.score.trim(), note: note ?? null } } : {};
    default:
      return {};
  }
}

/** The self-evaluation preview's indicator list: one per INDICATOR item, in sheet order. */
export function selfPreviewIndicators(items: readonly SheetItem[], drafts: Record<string, ItemDraft>, rules: ScoringRules): { itemIds: string[]; indicators: SelfEvaluationIndicatorInput[] } {
  const itemIds: string[] = [];
  const indicators: SelfEvaluationIndicatorInput[] = [];
  for (const item of items) {
    if (item.method !== 'INDICATOR' || !item.indicator) continue;
    const d = drafts[item.id] ?? {};
    const ind = item.indicator;
    const category: IndicatorCategory = ind.category;
    const comparator: Comparator = ind.comparator;
    itemIds.push(item.id);
    if (comparator === 'QUALITATIVE') {
      const level = d.level ?? ind.actualLevel ?? undefined;
      const score = d.score ?? item.score ?? '';
      const weight = parseFraction(item.weight);
      const s = parseFraction(score);
      const usable = level && s && weight && weight.n !== 0n && inBand(score, qualitativeBand(level, item.weight, rules), rules.scorePlaces);
      indicators.push({
        category,
        comparator,
        weight: item.weight,
        level: usable ? level : 'NOT_ACHIEVED',
        levelRate: usable ? toFixed(div(s, weight), 6) : '0',
      });
    } else {
      const actual = d.actualValue !== undefined ? d.actualValue.trim() : (ind.actualValue ?? '');
      indicators.push({ category, comparator, weight: item.weight, targetValue: ind.targetValue ?? null, actualValue: actual !== '' && isDecimal(actual) ? actual : null });
    }
  }
  return { itemIds, indicators };
}

/**
 * The total of a scheme tree from its leaves' scores (preview or saved): a
 * composite item is the sum of its children, bonus/penalty items adjust the
 * total, a triggered veto zeroes its parent (or everything at the top). The
 * total is put on a 100-point scale for grading when the scheme's points are
 * not 100.
 */
export function treeTotal(items: readonly Pick<SheetItem, 'id' | 'parentID' | 'method' | 'weight'>[], leafScore: (id: string) => string | null | undefined, vetoed: (id: string) => boolean): { total: string; total100: string; complete: boolean } {
  const children = new Map<string | null, typeof items[number][]>();
  for (const it of items) {
    const key = it.parentID && items.some((x) => x.id === it.parentID) ? it.parentID : null;
    children.set(key, [...(children.get(key) ?? []), it]);
  }
  let complete = true;
  const scoreOf = (it: (typeof items)[number]): Fraction => {
    const kids = children.get(it.id) ?? [];
    if (kids.length > 0) {
      if (kids.some((k) => k.method === 'VETO' && vetoed(k.id))) return frac(0);
      return kids.filter((k) => k.method !== 'VETO').reduce((sum, k) => add(sum, scoreOf(k)), frac(0));
    }
    const s = parseFraction(leafScore(it.id));
    if (!s) {
      if (it.method !== 'VETO' && it.method !== 'BONUS_PENALTY') complete = false;
      return frac(0);
    }
    return s;
  };
  const tops = children.get(null) ?? [];
  if (tops.some((k) => k.method === 'VETO' && vetoed(k.id))) return { total: '0.00', total100: '0.00', complete };
  const scored = tops.filter((k) => k.method !== 'VETO');
  const total = scored.reduce((sum, k) => add(sum, scoreOf(k)), frac(0));
  const scale = scored.filter((k) => k.method !== 'BONUS_PENALTY').reduce((sum, k) => add(sum, parseFraction(k.weight) ?? frac(0)), frac(0));
  const total100 = scale.n === 0n || cmp(scale, frac(100)) === 0 ? total : mul(div(total, scale), frac(100));
  return { total: toFixed(total), total100: toFixed(total100), complete };
}
