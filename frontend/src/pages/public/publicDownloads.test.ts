// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { publicDownloadUrl } from './publicDownloads';

describe('publicDownloadUrl', () => {
  it('carries the page filters with the names of publicResults’ arguments', () => {
    expect(publicDownloadUrl('csv', { fiscalYear: 2025 })).toBe('/public/results.csv?fiscalYear=2025');
    expect(publicDownloadUrl('json', { fiscalYear: 2025, sector: 'EDUCATION', search: '校舍 维修', departmentId: '7' })).toBe(
      '/public/results.json?fiscalYear=2025&departmentId=7&sector=EDUCATION&search=%E6%A0%A1%E8%88%8D+%E7%BB%B4%E4%BF%AE',
    );
  });
});
