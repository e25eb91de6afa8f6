// Money arrives from the API as a yuan string exact to the fen ("1234.50").
// All arithmetic is done on integer fen (bigint); floats only ever appear for
// drawing charts or computing ratios, never for sums.

const MONEY_PATTERN = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Parses a Money string ("1234.5", "-0.07") into integer fen. Throws on anything else. */
export function toFen(money: string): bigint {
  const m = MONEY_PATTERN.exec(money.trim());
  if (!m) throw new Error(`not a money amount: ${JSON.stringify(money)}`);
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** Integer fen back to the API's Money string ("1234.50"). */
export function fenToMoney(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Sum of Money strings in fen; null and undefined count as zero. */
export function sumFen(values: ReadonlyArray<string | null | undefined>): bigint {
  let total = 0n;
  for (const v of values) if (v != null && v !== '') total += toFen(v);
  return total;
}

type MoneyLike = string | bigint;
const asFen = (m: MoneyLike): bigint => (typeof m === 'bigint' ? m : toFen(m));

/** Divides and rounds half away from zero (half up on the magnitude). */
function divRound(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an * 2n + ad) / (ad * 2n);
  return neg ? -q : q;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats hundredths (an integer count of 0.01 units) as "1,234.56". */
function formatHundredths(hundredths: bigint): string {
  const sign = hundredths < 0n ? '-' : '';
  const abs = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${groupThousands((abs / 100n).toString())}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Yuan with thousands separators and 2 decimals: "1,234,567.80" (unit 元 not included). */
export function formatYuan(m: MoneyLike): string {
  return formatHundredths(asFen(m));
}

/** 万元 with 2 decimals, rounded half up: 1,234,567.80 元 → "123.46" (unit not included). */
export function formatWan(m: MoneyLike): string {
  // 0.01 万元 = 100 元 = 10,000 分.
  return formatHundredths(divRound(asFen(m), 10_000n));
}

/** 万元 without the hundredths when they are zero ("50", "12.50"): amounts named in text, such as a rule's threshold. */
export function formatWanShort(m: MoneyLike): string {
  return formatWan(m).replace(/\.00$/, '');
}

/** Yuan without the fen when they are zero ("300,000", "1,234.50"): amounts named in text. */
export function formatYuanShort(m: MoneyLike): string {
  return formatYuan(m).replace(/\.00$/, '');
}

/** 万元 as a number, for chart axes only (never for sums). */
export function wanForChart(m: MoneyLike): number {
  return Number(divRound(asFen(m), 10_000n)) / 100;
}

/** paid ÷ budget as a ratio (0.8734), null when the budget is zero or missing. */
export function moneyRatio(numerator: MoneyLike | null | undefined, denominator: MoneyLike | null | undefined): number | null {
  if (numerator == null || denominator == null) return null;
  const d = asFen(denominator);
  if (d === 0n) return null;
  // Ratio to 6 decimals from exact integers, then a float for display.
  return Number(divRound(asFen(numerator) * 1_000_000n, d)) / 1_000_000;
}

/**
 * Reads what a clerk types as an amount in 元 ("1,234.5", " 1234 ", "１２３４")
 * into the API's Money string, or null when it is not an amount with at most 2 decimals.
 */
export function parseYuanInput(text: string): string | null {
  const normalised = text
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[，,\s]/g, '')
    .replace('．', '.');
  if (!MONEY_PATTERN.test(normalised)) return null;
  return fenToMoney(toFen(normalised));
}
