/** The open-data download of the rows the public page shows (same filters, all pages). */
export function publicDownloadUrl(format: 'csv' | 'json', filters: { fiscalYear: number; sector?: string; search?: string; departmentId?: string }): string {
  const q = new URLSearchParams({ fiscalYear: String(filters.fiscalYear) });
  if (filters.departmentId) q.set('departmentId', filters.departmentId);
  if (filters.sector) q.set('sector', filters.sector);
  if (filters.search) q.set('search', filters.search);
  return `/public/results.${format}?${q.toString()}`;
}
