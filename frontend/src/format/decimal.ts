// Decimal values (scores, indicator values, weights) arrive as exact strings ("87.65").
// They are shown as given, trimmed of needless trailing zeros when asked.

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL_PATTERN.test(text.trim());
}

/**
 * Scores and totals to (at least) 2 decimals, so that a column reads alike:
 * "100" → "100.00", "99.4" → "99.40", "87.50" as is; with trim, "87.5";
 * null/empty → "—".
 */
export function formatDecimal(value: string | null | undefined, options: { trim?: boolean } = {}): string {
  if (value == null || value === '') return '—';
  if (options.trim) return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
  if (!isDecimal(value)) return value;
  const [whole, frac = ''] = value.trim().split('.');
  return `${whole}.${frac.padEnd(2, '0')}`;
}

/** A ratio (0.8734) as a percentage "87.3%"; null → "—". */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio == null || !Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(digits)}%`;
}

/**
 * Adds decimal strings exactly (weights of indicators) by scaling to integers.
 * Returns the sum as a decimal string without needless trailing zeros.
 */
export function sumDecimals(values: ReadonlyArray<string | null | undefined>): string {
  const present = values.filter((v): v is string => v != null && v !== '' && isDecimal(v));
  const scale = Math.max(0, ...present.map((v) => (v.split('.')[1] ?? '').length));
  let total = 0n;
  for (const v of present) {
    const [intPart, frac = ''] = v.trim().replace('-', '').split('.');
    const scaled = BigInt(intPart) * 10n ** BigInt(scale) + BigInt(frac.padEnd(scale, '0') || '0');
    total += v.trim().startsWith('-') ? -scaled : scaled;
  }
  const neg = total < 0n;
  const abs = neg ? -total : total;
  const div = 10n ** BigInt(scale);
  const text = scale === 0 ? abs.toString() : `${abs / div}.${(abs % div).toString().padStart(scale, '0')}`;
  return (neg ? '-' : '') + (scale === 0 ? text : text.replace(/\.?0+$/, ''));
}

/** Compares two decimal strings exactly: -1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const diff = sumDecimals([a, b.startsWith('-') ? b.slice(1) : `-${b}`]);
  if (/^-?0$/.test(diff)) return 0;
  return diff.startsWith('-') ? -1 : 1;
}
