// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareDecimals, formatDecimal, formatPercent, isDecimal, sumDecimals } from './decimal';

describe('decimals', () => {
  it('keeps the exact string and trims on request', () => {
    expect(formatDecimal('87.50')).toBe('87.50');
    expect(formatDecimal('87.50', { trim: true })).toBe('87.5');
    expect(formatDecimal('90.00', { trim: true })).toBe('90');
    expect(formatDecimal(null)).toBe('—');
    expect(formatDecimal('100')).toBe('100.00');
    expect(formatDecimal('99.4')).toBe('99.40');
    expect(formatDecimal('0.8734')).toBe('0.8734');
  });

  it('adds and compares decimal strings exactly', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['50', '30', '10'])).toBe('90');
    expect(sumDecimals(['12.25', '-2.25'])).toBe('10');
    expect(compareDecimals('90', '90.00')).toBe(0);
    expect(compareDecimals('89.99', '90')).toBe(-1);
    expect(compareDecimals('-1', '0')).toBe(-1);
  });

  it('recognises decimals and formats percentages', () => {
    expect(isDecimal('12.5')).toBe(true);
    expect(isDecimal('1e3')).toBe(false);
    expect(formatPercent(0.8734)).toBe('87.3%');
    expect(formatPercent(null)).toBe('—');
  });
});
