// The server stores UTC and sends RFC 3339 times; finance staff read dates in
// Asia/Shanghai, whatever the browser's own time zone.

export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

const dateParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(iso: string | Date): Record<string, string> | null {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return null;
  const out: Record<string, string> = {};
  for (const p of dateParts.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** "2026-03-05" in Asia/Shanghai; "—" when absent or invalid. */
export function formatDate(iso: string | Date | null | undefined): string {
  if (iso == null) return '—';
  const p = parts(iso);
  return p ? `${p.year}-${p.month}-${p.day}` : '—';
}

/** "2026-03-05 14:30" in Asia/Shanghai. */
export function formatDateTime(iso: string | Date | null | undefined): string {
  if (iso == null) return '—';
  const p = parts(iso);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '—';
}

/** Year and month (1–12) of a time, as seen in Asia/Shanghai. */
export function shanghaiYearMonth(iso: string | Date): { year: number; month: number } | null {
  const p = parts(iso);
  return p ? { year: Number(p.year), month: Number(p.month) } : null;
}

/** A period label for monitoring: "2026年7月" / "Jul 2026". */
export function formatYearMonth(year: number, month: number, locale: 'zh' | 'en'): string {
  if (locale === 'zh') return `${year}年${month}月`;
  const name = new Date(Date.UTC(year, month - 1, 15)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  return `${name} ${year}`;
}

/** The current fiscal year as seen in Asia/Shanghai. */
export function currentFiscalYear(now: Date = new Date()): number {
  return shanghaiYearMonth(now)!.year;
}

/** A rectification is overdue when it is not done and its deadline has passed. */
export function isOverdue(deadline: string, done: boolean, now: Date = new Date()): boolean {
  return !done && new Date(deadline).getTime() < now.getTime();
}

/** The end of a calendar day in Asia/Shanghai ("2026-12-31" → "2026-12-31T23:59:59+08:00"), for deadlines picked as dates. */
export function shanghaiEndOfDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
  return `${date}T23:59:59+08:00`;
}
