// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatFileSize, publicDownloadUrl } from './publicDownloads';

describe('publicDownloadUrl', () => {
  it('carries the page filters with the names of publicResults’ arguments', () => {
    expect(publicDownloadUrl('csv', { fiscalYear: 2025 })).toBe('/public/results.csv?fiscalYear=2025');
    expect(publicDownloadUrl('json', { fiscalYear: 2025, sector: 'EDUCATION', search: '校舍 维修', departmentId: '7' })).toBe(
      '/public/results.json?fiscalYear=2025&departmentId=7&sector=EDUCATION&search=%E6%A0%A1%E8%88%8D+%E7%BB%B4%E4%BF%AE',
    );
  });
  it('downloads the published targets with the same filters', () => {
    expect(publicDownloadUrl('csv', { fiscalYear: 2025, sector: 'EDUCATION' }, 'targets')).toBe('/public/targets.csv?fiscalYear=2025&sector=EDUCATION');
    expect(publicDownloadUrl('json', { fiscalYear: 2026 }, 'targets')).toBe('/public/targets.json?fiscalYear=2026');
  });
});

describe('formatFileSize', () => {
  it('says bytes, KB or MB', () => {
    expect(formatFileSize(12)).toBe('12 B');
    expect(formatFileSize(2048)).toBe('2 KB');
    expect(formatFileSize(3 * 1024 * 1024 + 512 * 1024)).toBe('3.5 MB');
  });
});
