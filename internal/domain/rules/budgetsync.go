package rules

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// 三同步 (domain.md stage 1): a target is declared, approved and adjusted
// together with its budget. The target carries the amount requested with it
// (申请金额) and, once approved, the amount approved (批复金额); the project's
// funds are its allocations of the year (adjusted budget, 调整后预算).

// CheckBudgetSync compares a project target's requested amount with the
// project's allocations of the year.
const CheckBudgetSync = "BUDGET_SYNC"

func yuan(fen int64) string { return decimal.New(fen, -2).StringFixed(2) }

// budgetSync: no requested amount is a WARNING (the reviewer cannot tie the
// target to a budget); allocations above the requested amount an ERROR (money
// already granted that the target does not cover: the target must be revised
// with the budget); allocations below it a WARNING (the budget is not yet
// fully arranged); nothing allocated yet, or exactly the amount, passes.
func budgetSync(in ReviewInput) Check {
	allocated := yuan(in.BudgetFen)
	if in.RequestedFen == nil {
		return Check{CheckBudgetSync, false, SeverityWarning,
			fmt.Sprintf("未填写申请金额，无法与预算（已安排 %s 元）同步核对", allocated),
			fmt.Sprintf("no requested amount: the target cannot be tied to the budget (%s yuan allocated)", allocated)}
	}
	requested := yuan(*in.RequestedFen)
	switch {
	case in.BudgetFen > *in.RequestedFen:
		return Check{CheckBudgetSync, false, SeverityError,
			fmt.Sprintf("已安排预算 %s 元超过申请金额 %s 元：绩效目标须随预算同步调整", allocated, requested),
			fmt.Sprintf("%s yuan allocated exceeds the %s yuan requested: the target must be revised with the budget", allocated, requested)}
	case in.BudgetFen == 0:
		return Check{CheckBudgetSync, true, SeverityError,
			fmt.Sprintf("申请金额 %s 元，尚未安排预算", requested),
			fmt.Sprintf("%s yuan requested, nothing allocated yet", requested)}
	case in.BudgetFen < *in.RequestedFen:
		return Check{CheckBudgetSync, false, SeverityWarning,
			fmt.Sprintf("已安排预算 %s 元低于申请金额 %s 元", allocated, requested),
			fmt.Sprintf("%s yuan allocated is below the %s yuan requested", allocated, requested)}
	default:
		return Check{CheckBudgetSync, true, SeverityError,
			fmt.Sprintf("申请金额与已安排预算一致（%s 元）", requested),
			fmt.Sprintf("the requested amount matches the allocations (%s yuan)", requested)}
	}
}

// ProjectBudgetFen is the budget the key-project and "target required" rules
// read: the larger of the amount requested with the target and the project's
// allocations, so a project is key before its money is arranged and stays key
// when it is granted more than it asked.
func ProjectBudgetFen(requestedFen *int64, allocatedFen int64) int64 {
	if requestedFen != nil && *requestedFen > allocatedFen {
		return *requestedFen
	}
	return allocatedFen
}

// ApprovedAmount is the amount an approval records: the reviewer's amount
// when given, else the requested amount, else what is allocated (nil when
// there is nothing to record). An approved amount above the request, or below
// the money already allocated, is refused (field approvedAmount).
func ApprovedAmount(requestedFen *int64, allocatedFen int64, givenFen *int64) (*int64, error) {
	if givenFen == nil {
		switch {
		case requestedFen != nil:
			v := *requestedFen
			return &v, nil
		case allocatedFen > 0:
			v := allocatedFen
			return &v, nil
		}
		return nil, nil
	}
	given := *givenFen
	if given < 0 {
		return nil, inputError("approvedAmount", "批复金额不能为负", "the approved amount cannot be negative")
	}
	if requestedFen != nil && given > *requestedFen {
		return nil, inputError("approvedAmount", "批复金额 %s 元不能超过申请金额 %s 元", "the approved amount %s yuan cannot exceed the %s yuan requested",
			yuan(given), yuan(*requestedFen))
	}
	if given < allocatedFen {
		return nil, inputError("approvedAmount", "批复金额 %s 元不能低于已安排预算 %s 元", "the approved amount %s yuan cannot be below the %s yuan already allocated",
			yuan(given), yuan(allocatedFen))
	}
	return &given, nil
}
