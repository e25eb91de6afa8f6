import { sumFen } from '../../format/money';

type AllocationAmounts = { initialAmount: string; adjustedAmount?: string | null };

/** The budget of allocations: the adjusted amount (调整后预算), or the initial one when never adjusted. In fen. */
export function allocationBudgetFen(allocations: ReadonlyArray<AllocationAmounts>): bigint {
  return sumFen(allocations.map((a) => a.adjustedAmount ?? a.initialAmount));
}
