// Exact rational arithmetic on decimal strings, for rule previews in the
// browser (warning bands, score bands) where a float could fall on the wrong
// side of a threshold. Denominators are always positive.

export type Fraction = { n: bigint; d: bigint };

const PATTERN = /^\s*(-)?(\d+)(?:\.(\d+))?\s*$/;

/** "12.5" → 125/10; null when not a plain decimal number. */
export function parseFraction(text: string | null | undefined): Fraction | null {
  if (text == null) return null;
  const m = PATTERN.exec(text);
  if (!m) return null;
  const frac = m[3] ?? '';
  const n = BigInt(m[2] + frac) * (m[1] ? -1n : 1n);
  return { n, d: 10n ** BigInt(frac.length) };
}

export const frac = (n: bigint | number, d: bigint | number = 1n): Fraction => {
  const nn = BigInt(n);
  const dd = BigInt(d);
  return dd < 0n ? { n: -nn, d: -dd } : { n: nn, d: dd };
};

export const mul = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });

/** a ÷ b; b must not be zero. */
export function div(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new Error('division by zero');
  return frac(a.n * b.d, a.d * b.n);
}

export const sub = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const add = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });

/** -1, 0 or 1. */
export function cmp(a: Fraction, b: Fraction): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const sign = (a: Fraction): number => (a.n < 0n ? -1 : a.n > 0n ? 1 : 0);

/** For display only. */
export const toNumber = (a: Fraction): number => Number(a.n) / Number(a.d);

/** Rounded half up (on the magnitude) to `places` decimals, as a string: "87.65". */
export function toFixed(a: Fraction, places = 2): string {
  const scale = 10n ** BigInt(places);
  const neg = a.n < 0n;
  const abs = neg ? -a.n : a.n;
  const q = (abs * scale * 2n + a.d) / (a.d * 2n);
  const int = q / scale;
  const rest = (q % scale).toString().padStart(places, '0');
  return `${neg && q !== 0n ? '-' : ''}${int}${places > 0 ? `.${rest}` : ''}`;
}
