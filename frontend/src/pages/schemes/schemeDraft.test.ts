// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addChild, blankItem, fromStored, levelOf, nextKey, parseBands, periodTemplate, removeItem, toInput } from './schemeDraft';

describe('scheme draft', () => {
  it('keeps children under their parent in display order', () => {
    let items = periodTemplate();
    items = addChild(items, 'mid', { ...blankItem('x', 'mid'), name: '新增' });
    expect(items.map((i) => i.key)).toEqual(['mid', 'mid.out', 'mid.sv', 'x', 'end', 'end.out', 'end.sv']);
    expect(levelOf(items, 'x')).toBe(2);
    expect(levelOf(items, 'end')).toBe(1);
    expect(nextKey(items)).toBe('k8');
  });

  it('removes an item with everything under it', () => {
    expect(removeItem(periodTemplate(), 'mid').map((i) => i.key)).toEqual(['end', 'end.out', 'end.sv']);
  });

  it('reads survey bands as start:share pairs', () => {
    expect(parseBands('0.9:1, 0.8：0.8；0.6:0.5')).toEqual([
      { from: '0.9', share: '1' },
      { from: '0.8', share: '0.8' },
      { from: '0.6', share: '0.5' },
    ]);
    expect(parseBands('')).toEqual([]);
    expect(parseBands('90%:1')).toBeUndefined();
  });

  it('sends each method only its own parameters', () => {
    const items = [
      { ...blankItem('d', null, 'DEDUCTION'), name: '扣分', points: '10', perIncident: '2', bands: '0.9:1', maxBonus: '3' },
      { ...blankItem('b', null, 'BONUS_PENALTY'), name: '加减分', points: '5', share: '50', maxBonus: '3', maxPenalty: '' },
    ];
    expect(toInput(items)).toEqual([
      { key: 'd', parentKey: null, name: '扣分', method: 'DEDUCTION', code: null, points: '10', share: null, perIncident: '2', bands: null, maxBonus: null, maxPenalty: null },
      { key: 'b', parentKey: null, name: '加减分', method: 'BONUS_PENALTY', code: null, points: '0', share: null, perIncident: null, bands: null, maxBonus: '3', maxPenalty: null },
    ]);
  });

  it('round-trips a stored scheme', () => {
    const stored = toInput(periodTemplate()).map((i) => ({ ...i, bands: i.bands ?? [] }));
    expect(fromStored(stored)).toEqual(periodTemplate());
  });

  it("keeps a DATA item's metric and a stored item's code", () => {
    const items = [
      { ...blankItem('r', null, 'DATA'), name: '运行成本', points: '5', code: 'RUNNING_COST' },
      { ...blankItem('o', null, 'COMPOSITE'), name: '产出', points: '35', code: 'OUTPUT' },
    ];
    expect(toInput(items).map((i) => [i.method, i.code])).toEqual([
      ['DATA', 'RUNNING_COST'],
      ['COMPOSITE', 'OUTPUT'],
    ]);
    expect(fromStored(toInput(items).map((i) => ({ ...i, bands: i.bands ?? [] })))).toEqual(items);
  });
});
