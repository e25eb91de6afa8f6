// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { currentFiscalYear, formatDate, formatDateTime, formatYearMonth, isOverdue, shanghaiYearMonth } from './date';

describe('dates in Asia/Shanghai', () => {
  it('shows the Shanghai calendar day, whatever the UTC day', () => {
    // 16:30 UTC on 31 Dec is already 1 Jan 00:30 in Shanghai (UTC+8).
    expect(formatDate('2025-12-31T16:30:00Z')).toBe('2026-01-01');
    expect(formatDateTime('2025-12-31T16:30:00Z')).toBe('2026-01-01 00:30');
    expect(formatDate('2026-03-05T00:00:00+08:00')).toBe('2026-03-05');
  });

  it('returns a dash for missing or invalid times', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
  });

  it('finds year and month and the fiscal year in Shanghai', () => {
    expect(shanghaiYearMonth('2026-06-30T17:00:00Z')).toEqual({ year: 2026, month: 7 });
    expect(currentFiscalYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
  });

  it('labels monitoring periods in both languages', () => {
    expect(formatYearMonth(2026, 7, 'zh')).toBe('2026年7月');
    expect(formatYearMonth(2026, 7, 'en')).toBe('Jul 2026');
  });

  it('derives overdue from the deadline and the status', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    expect(isOverdue('2026-04-30T00:00:00Z', false, now)).toBe(true);
    expect(isOverdue('2026-04-30T00:00:00Z', true, now)).toBe(false);
    expect(isOverdue('2026-05-02T00:00:00Z', false, now)).toBe(false);
  });
});
