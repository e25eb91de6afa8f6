package workflow

import (
	"context"
	"strings"

	"jixiao/ent"
	"jixiao/ent/disbursement"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
)

// Money records the money of the loop: allocations (预算安排), payments
// (支出) and their reversals (红字冲销), and ex-ante assessments, which gate
// allocations. The limits themselves are ent hooks (ent/schema/moneyguards.go),
// so no other path can pass them; privacy decides who may write (finance).
type Money struct {
	Client *ent.Client
}

// RecordAllocation grants a fund's money to a project; an approved project
// starts with its budget (三同步).
func (w Money) RecordAllocation(ctx context.Context, in ent.CreateAllocationInput) (*ent.Allocation, error) {
	c := client(ctx, w.Client)
	a, err := c.Allocation.Create().SetInput(in).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := projectEvent(ctx, c, &a.ProjectID, rules.ProjectBudgetArranged); err != nil {
		return nil, err
	}
	return a, nil
}

// AdjustAllocation records the adjusted budget (调整后预算) of an allocation.
func (w Money) AdjustAllocation(ctx context.Context, id int, adjusted money.Money) (*ent.Allocation, error) {
	return client(ctx, w.Client).Allocation.UpdateOneID(id).SetAdjustedAmount(adjusted).Save(ctx)
}

// RecordDisbursement records a treasury payment out of an allocation.
func (w Money) RecordDisbursement(ctx context.Context, in ent.CreateDisbursementInput) (*ent.Disbursement, error) {
	return client(ctx, w.Client).Disbursement.Create().SetInput(in).Save(ctx)
}

// ReverseDisbursement corrects a payment by a reversal entry (红字冲销): a
// negative payment of amount (all that is left of it when nil) on the same
// allocation and date, linked to it, with the reason.
func (w Money) ReverseDisbursement(ctx context.Context, id int, amount *money.Money, reason string) (*ent.Disbursement, error) {
	if strings.TrimSpace(reason) == "" {
		return nil, fail.BadInput("reason", "红字冲销须说明原因", "a reversal needs a reason")
	}
	c := client(ctx, w.Client)
	orig, err := c.Disbursement.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, fail.Missing("id", "支付", "payment", id)
	}
	if err != nil {
		return nil, err
	}
	var left money.Money = orig.Amount
	if amount == nil {
		rev, err := c.Disbursement.Query().Where(disbursement.ReversalOfID(id)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rev {
			left += r.Amount
		}
		amount = &left
	}
	if *amount <= 0 {
		return nil, fail.BadInput("amount", "冲销金额须为正数（记账时记为负数）", "the amount reversed must be positive (it is booked as negative)")
	}
	return c.Disbursement.Create().SetAllocationID(orig.AllocationID).SetPaidOn(orig.PaidOn).
		SetAmount(-*amount).SetReversalOfID(id).SetReason(reason).Save(ctx)
}

// RecordAssessment records an ex-ante assessment; the latest one counts.
func (w Money) RecordAssessment(ctx context.Context, in ent.CreateAssessmentInput) (*ent.Assessment, error) {
	return client(ctx, w.Client).Assessment.Create().SetInput(in).Save(ctx)
}
