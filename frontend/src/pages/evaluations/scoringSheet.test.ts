// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/locale';
import { testRuleSet } from '../../test/ruleSet';
import { draftRequests, editorKind, inBand, overAchievementPercent, percentToRate, qualitativeBand, selfPreviewIndicators, treeTotal, validateItemDraft, type SheetItem } from './scoringSheet';

// The bands and factors are the server's rule set (ruleSetFor); the tests feed the national defaults' values.
const rules = testRuleSet;

const zh: Translate = (z) => z;

function item(p: Partial<SheetItem> & Pick<SheetItem, 'id' | 'method' | 'weight'>): SheetItem {
  return { __typename: 'ScoreItem', name: p.id, level: 2, sortOrder: 0, parentID: null, score: null, explanation: null, explanationEn: null, indicator: null, ...p } as SheetItem;
}
const indicator = (comparator: string, targetValue: string | null, extra = {}) =>
  ({ __typename: 'Indicator', id: `ind-${comparator}`, category: 'OUTPUT', name: 'n', comparator, targetValue, targetText: null, unit: '人', weight: '10', actualValue: null, actualLevel: null, deviationReason: null, ...extra }) as SheetItem['indicator'];

describe('scoring sheet', () => {
  it('offers each method its own input', () => {
    expect(editorKind(item({ id: 'a', method: 'INDICATOR', weight: '10', indicator: indicator('GTE', '5') }))).toBe('actual');
    expect(editorKind(item({ id: 'a', method: 'INDICATOR', weight: '10', indicator: indicator('QUALITATIVE', null) }))).toBe('qualitative');
    expect(editorKind(item({ id: 'a', method: 'EXECUTION_RATE', weight: '10' }))).toBe('computed');
    expect(editorKind(item({ id: 'a', method: 'COMPOSITE', weight: '10' }))).toBe('computed');
    expect(editorKind(item({ id: 'a', method: 'SURVEY', weight: '10' }))).toBe('survey');
  });

  it('knows the qualitative bands (达成 80–100 %, 部分达成 60–<80 %, 未达成 0–<60 %)', () => {
    expect(inBand('8', qualitativeBand('ACHIEVED', '10', rules), rules.scorePlaces)).toBe(true);
    expect(inBand('7.99', qualitativeBand('ACHIEVED', '10', rules), rules.scorePlaces)).toBe(false);
    expect(inBand('8', qualitativeBand('PARTLY_ACHIEVED', '10', rules), rules.scorePlaces)).toBe(false);
    expect(inBand('7.999', qualitativeBand('PARTLY_ACHIEVED', '10', rules), rules.scorePlaces)).toBe(false); // rounds to 8.00, as the server checks
    expect(inBand('6', qualitativeBand('PARTLY_ACHIEVED', '10', rules), rules.scorePlaces)).toBe(true);
    expect(inBand('5.99', qualitativeBand('NOT_ACHIEVED', '10', rules), rules.scorePlaces)).toBe(true);
  });

  it('rejects scores outside their limits before sending', () => {
    const manual = item({ id: 'm', method: 'MANUAL', weight: '5' });
    expect(validateItemDraft(manual, { score: '6' }, zh, [], rules)).toEqual({ score: '得分应在 0 到 5 分之间' });
    expect(validateItemDraft(manual, { score: '4.555' }, zh, [], rules)).toEqual({ score: '得分应为数字，最多两位小数' });
    expect(validateItemDraft(manual, { score: '4.5' }, zh, [], rules)).toEqual({});
    const q = item({ id: 'q', method: 'INDICATOR', weight: '10', indicator: indicator('QUALITATIVE', null) });
    expect(validateItemDraft(q, { level: 'PARTLY_ACHIEVED', score: '9' }, zh, [], rules).score).toContain('6.00 ~ 8.00');
    const a = item({ id: 'a', method: 'INDICATOR', weight: '10', indicator: indicator('GTE', '100') });
    expect(validateItemDraft(a, { actualValue: 'abc' }, zh, [], rules)).toEqual({ actualValue: '完成值应为数字' });
    expect(validateItemDraft(a, { actualValue: '140' }, zh, ['OVER_ACHIEVED'], rules).deviationReason).toBe('完成值超过目标值 30% 以上，请说明偏差原因');
    // a region whose factor is 1.5 says 50 %; and the band follows the region's shares
    expect(validateItemDraft(a, { actualValue: '160' }, zh, ['OVER_ACHIEVED'], { ...rules, overAchievementFactor: '1.5' }).deviationReason).toContain('50%');
    expect(validateItemDraft(q, { level: 'PARTLY_ACHIEVED', score: '9' }, zh, [], { ...rules, qualitativeAchievedMin: '0.95' })).toEqual({});
    expect(overAchievementPercent({ overAchievementFactor: '1.25' })).toBe('25');
    expect(validateItemDraft(item({ id: 'v', method: 'VETO', weight: '0' }), { vetoed: true }, zh, [], rules)).toEqual({ note: '触发一票否决须写明理由' });
  });

  it('turns drafts into requests: the indicator’s actual value, or the item’s score input', () => {
    const a = item({ id: 'a', method: 'INDICATOR', weight: '10', indicator: indicator('GTE', '100') });
    expect(draftRequests(a, { actualValue: ' 95 ' })).toEqual({ indicator: { id: 'ind-GTE', input: { actualValue: '95' } } });
    expect(draftRequests(a, { actualValue: '' })).toEqual({ indicator: { id: 'ind-GTE', input: { clearActualValue: true } } });
    expect(draftRequests(item({ id: 's', method: 'SURVEY', weight: '10' }), { ratePercent: '92.5' })).toEqual({ score: { score: '0.925', note: null } });
    expect(draftRequests(item({ id: 'd', method: 'DEDUCTION', weight: '10' }), { incidents: '2' })).toEqual({ score: { incidents: 2, note: null } });
    expect(percentToRate('100')).toBe('1');
    expect(percentToRate('0')).toBe('0');
    expect(percentToRate('7')).toBe('0.07');
  });

  it('builds the self-evaluation preview input from the sheet (typed values first)', () => {
    const items = [
      item({ id: 'x', method: 'EXECUTION_RATE', weight: '10' }),
      item({ id: 'a', method: 'INDICATOR', weight: '50', indicator: indicator('GTE', '100', { actualValue: '90' }) }),
      item({ id: 'q', method: 'INDICATOR', weight: '10', indicator: indicator('QUALITATIVE', null, { category: 'SATISFACTION' }) }),
    ];
    const { itemIds, indicators } = selfPreviewIndicators(items, { a: { actualValue: '120' }, q: { level: 'PARTLY_ACHIEVED', score: '7' } }, rules);
    expect(itemIds).toEqual(['a', 'q']);
    expect(indicators[0]).toEqual({ category: 'OUTPUT', comparator: 'GTE', weight: '50', targetValue: '100', actualValue: '120' });
    expect(indicators[1]).toEqual({ category: 'SATISFACTION', comparator: 'QUALITATIVE', weight: '10', level: 'PARTLY_ACHIEVED', levelRate: '0.700000' });
    // a qualitative item not yet judged counts as 0 (like a missing actual value)
    expect(selfPreviewIndicators(items, {}, rules).indicators[1]).toMatchObject({ level: 'NOT_ACHIEVED', levelRate: '0' });
  });

  it('adds up a scheme tree, with vetoes, adjustments and scales other than 100', () => {
    const items = [
      item({ id: 'p1', method: 'COMPOSITE', weight: '600', level: 1 }),
      item({ id: 'c1', parentID: 'p1', method: 'MANUAL', weight: '300' }),
      item({ id: 'c2', parentID: 'p1', method: 'MANUAL', weight: '300' }),
      item({ id: 'p2', method: 'COMPOSITE', weight: '400', level: 1 }),
      item({ id: 'c3', parentID: 'p2', method: 'MANUAL', weight: '400' }),
      item({ id: 'v', parentID: 'p2', method: 'VETO', weight: '0' }),
      item({ id: 'b', method: 'BONUS_PENALTY', weight: '0', level: 1 }),
    ];
    const scores: Record<string, string> = { c1: '300', c2: '150', c3: '400', b: '-50' };
    expect(treeTotal(items, (id) => scores[id], () => false)).toEqual({ total: '800.00', total100: '80.00', complete: true });
    expect(treeTotal(items, (id) => scores[id], (id) => id === 'v')).toMatchObject({ total: '400.00', total100: '40.00' });
    expect(treeTotal(items, (id) => (id === 'c2' ? null : scores[id]), () => false).complete).toBe(false);
  });
});
