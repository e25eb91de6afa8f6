// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fenToMoney, formatWan, formatYuan, moneyRatio, parseYuanInput, sumFen, toFen, wanForChart } from './money';

describe('money', () => {
  it('parses Money strings into exact fen', () => {
    expect(toFen('1234.50')).toBe(123450n);
    expect(toFen('0.07')).toBe(7n);
    expect(toFen('-12.3')).toBe(-1230n);
    expect(toFen('9999999999999999.99')).toBe(999999999999999999n);
    expect(() => toFen('1.234')).toThrow();
    expect(() => toFen('abc')).toThrow();
  });

  it('sums without floating-point error', () => {
    expect(fenToMoney(sumFen(['0.10', '0.20']))).toBe('0.30');
    expect(fenToMoney(sumFen(['9999999999999999.99', '0.01']))).toBe('10000000000000000.00');
    expect(fenToMoney(sumFen([null, undefined, '', '5']))).toBe('5.00');
  });

  it('shows 元 with separators and 2 decimals', () => {
    expect(formatYuan('1234567.8')).toBe('1,234,567.80');
    expect(formatYuan('0')).toBe('0.00');
    expect(formatYuan(-123456n)).toBe('-1,234.56');
  });

  it('shows 万元 with 2 decimals, rounding half up', () => {
    expect(formatWan('1234567.80')).toBe('123.46');
    expect(formatWan('50.00')).toBe('0.01'); // 0.005 万元 rounds up
    expect(formatWan('49.99')).toBe('0.00');
    expect(formatWan('500000')).toBe('50.00');
    expect(formatWan('123456789012.00')).toBe('12,345,678.90');
    expect(formatWan('-50.00')).toBe('-0.01');
  });

  it('gives chart numbers and ratios from exact amounts', () => {
    expect(wanForChart('1234567.80')).toBe(123.46);
    expect(moneyRatio('873.40', '1000.00')).toBeCloseTo(0.8734, 6);
    expect(moneyRatio('1', '0')).toBeNull();
    expect(moneyRatio(null, '1')).toBeNull();
  });

  it('reads what a clerk types as an amount', () => {
    expect(parseYuanInput(' 1,234.5 ')).toBe('1234.50');
    expect(parseYuanInput('１２３４')).toBe('1234.00');
    expect(parseYuanInput('12.345')).toBeNull();
    expect(parseYuanInput('十万')).toBeNull();
  });
});
