// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSort, sortLinks } from './budgetLinkSort';

const row = (id: string, fiscalYear: number, department: string, score: string | null, amount: string | null) => ({
  id,
  fiscalYear,
  amount,
  department: { name: department },
  evaluation: { totalScore: score },
});

describe('budget link ledger order', () => {
  const rows = [row('1', 2025, '市教育局', '88.50', '100000.00'), row('2', 2026, '市卫健委', null, null), row('3', 2026, '市财政局', '92.00', '9000.00')];

  it('defaults to the budget year, latest first', () => {
    expect(parseSort(null)).toEqual({ key: 'year', desc: true });
    expect(parseSort('bogus.asc')).toEqual({ key: 'year', desc: true });
    expect(sortLinks(rows, 'year', true).map((r) => r.id)).toEqual(['2', '3', '1']);
  });

  it('compares amounts as money, not as text', () => {
    expect(sortLinks(rows, 'amount', false).map((r) => r.id)).toEqual(['3', '1', '2']);
    expect(sortLinks(rows, 'amount', true).map((r) => r.id)).toEqual(['1', '3', '2']);
  });

  it('puts rows without a score last in both directions', () => {
    expect(sortLinks(rows, 'score', true).map((r) => r.id)).toEqual(['3', '1', '2']);
    expect(sortLinks(rows, 'score', false).map((r) => r.id)).toEqual(['1', '3', '2']);
  });
});
