import { toFen } from '../../../format/money';

type Paid = { fiscalYear: number; month: number; amount: string };

/** Cumulative paid amount (fen) at the end of each month 1–12 of a fiscal year. */
export function cumulativeByMonth(disbursements: ReadonlyArray<Paid>, fiscalYear: number): bigint[] {
  const monthly = Array.from({ length: 12 }, () => 0n);
  for (const d of disbursements) {
    if (d.fiscalYear === fiscalYear && d.month >= 1 && d.month <= 12) monthly[d.month - 1] += toFen(d.amount);
  }
  let running = 0n;
  return monthly.map((m) => (running += m));
}
