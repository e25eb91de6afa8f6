// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cmp, div, frac, parseFraction, toFixed } from './fraction';

describe('fraction', () => {
  it('reads decimal strings exactly and rounds half up', () => {
    expect(parseFraction('12.50')).toEqual({ n: 1250n, d: 100n });
    expect(parseFraction('-0.5')).toEqual({ n: -5n, d: 10n });
    expect(parseFraction('1e3')).toBeNull();
    expect(toFixed(div(frac(2), frac(3)), 2)).toBe('0.67');
    expect(toFixed(parseFraction('0.125')!, 2)).toBe('0.13');
    expect(toFixed(parseFraction('-0.125')!, 2)).toBe('-0.13');
  });

  it('compares without floating-point error', () => {
    // 0.1 + 0.2 vs 0.3 is exact here
    expect(cmp({ n: 3n, d: 10n }, parseFraction('0.3')!)).toBe(0);
    expect(cmp(div(frac(48), frac(80)), parseFraction('0.6')!)).toBe(0);
  });
});
