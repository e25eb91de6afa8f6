/** Which rows an open-data download holds: the evaluation results or the approved targets. */
export type PublicRows = 'results' | 'targets';

/** The open-data download of the rows the public page shows (same filters, all pages). */
export function publicDownloadUrl(
  format: 'csv' | 'json',
  filters: { fiscalYear: number; sector?: string; search?: string; departmentId?: string },
  rows: PublicRows = 'results',
): string {
  const q = new URLSearchParams({ fiscalYear: String(filters.fiscalYear) });
  if (filters.departmentId) q.set('departmentId', filters.departmentId);
  if (filters.sector) q.set('sector', filters.sector);
  if (filters.search) q.set('search', filters.search);
  return `/public/${rows}.${format}?${q.toString()}`;
}

/** A file size for people: 1.5 MB, 820 KB, 12 B. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MB`;
  if (bytes >= 1 << 10) return `${Math.round(bytes / (1 << 10))} KB`;
  return `${bytes} B`;
}
