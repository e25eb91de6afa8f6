package schema

import (
	"context"
	"strconv"

	"entgo.io/ent"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	gen "jixiao/ent"
	"jixiao/ent/allocation"
	"jixiao/ent/assessment"
	"jixiao/ent/disbursement"
	"jixiao/ent/fund"
	"jixiao/ent/hook"
	"jixiao/ent/privacy"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
)

// The money guards bind every path that writes money (API, import, a future
// resolver): allocations stay within their fund, payments within their
// allocation and its fiscal year, nothing flows to a suspended, stopped or
// rejected project, and money is corrected by reversal entries (红字冲销),
// never by deleting or editing a record. Their reads see every row whatever
// the viewer (a sum over what one user may see would be no guard).

// sum is COALESCE(SUM(col), 0): zero for no rows, on both databases.
func sum(col string) gen.AggregateFunc {
	return func(s *entsql.Selector) string { return "COALESCE(SUM(" + s.C(col) + "), 0)" }
}

// budget is an allocation's adjusted amount, or its initial one when never adjusted.
func budgetExpr(s *entsql.Selector) string {
	return "COALESCE(SUM(COALESCE(" + s.C(allocation.FieldAdjustedAmount) + ", " + s.C(allocation.FieldInitialAmount) + ")), 0)"
}

// forUpdate locks the rows read on PostgreSQL; SQLite has one writer at a
// time anyway (immediate transactions) and no FOR UPDATE.
func forUpdate(s *entsql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate()
	}
}

func moneyErr(code, field, zh, en string) error {
	return &fail.Error{Code: code, Field: field, ZH: zh, EN: en}
}

// allocationGuard: an allocation (预算安排) is recorded within its fund's
// remaining amount, for a project that accepts money and whose latest
// ex-ante assessment is not 不予支持; only its adjusted amount may change later
// (within the fund, and not below what was paid); it is never deleted.
func allocationGuard() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return hook.AllocationFunc(func(ctx context.Context, m *gen.AllocationMutation) (ent.Value, error) {
			if m.Op().Is(ent.OpDelete | ent.OpDeleteOne | ent.OpUpdate) {
				return nil, moneyErr(fail.CodeConflict, "id", "预算安排不能删除或批量修改；调整请记录调整后预算",
					"an allocation is never deleted or bulk-edited; record an adjusted amount instead")
			}
			all := privacy.DecisionContext(ctx, privacy.Allow)
			c := m.Client()
			self, fundID, projectID, year := 0, 0, 0, 0
			var initial money.Money
			var adjusted *money.Money
			if m.Op().Is(ent.OpUpdateOne) {
				id, _ := m.ID()
				old, err := c.Allocation.Get(all, id)
				if err != nil {
					return nil, err
				}
				for _, f := range []string{allocation.FieldFundID, allocation.FieldProjectID, allocation.FieldFiscalYear, allocation.FieldInitialAmount} {
					if v, ok := m.Field(f); ok && v != fieldOf(old, f) {
						return nil, moneyErr(fail.CodeConflict, camel(f), "预算安排的资金、项目、年度和年初预算不能修改；调整请记录调整后预算",
							"an allocation's fund, project, year and initial amount never change; record an adjusted amount instead")
					}
				}
				self, fundID, projectID, year, initial, adjusted = old.ID, old.FundID, old.ProjectID, old.FiscalYear, old.InitialAmount, old.AdjustedAmount
			} else {
				fundID, _ = m.FundID()
				projectID, _ = m.ProjectID()
				year, _ = m.FiscalYear()
				initial, _ = m.InitialAmount()
			}
			if v, ok := m.AdjustedAmount(); ok {
				adjusted = &v
			}
			if m.AdjustedAmountCleared() {
				adjusted = nil
			}
			budget, field := initial, "initialAmount"
			if adjusted != nil {
				budget, field = *adjusted, "adjustedAmount"
			}
			// Concurrent allocations of one project queue on its row (三同步 below).
			p, err := c.Project.Query().Where(project.ID(projectID)).Select(project.FieldStatus).Modify(forUpdate).Only(all)
			if gen.IsNotFound(err) {
				return nil, fail.Missing("projectID", "项目", "project", projectID)
			}
			if err != nil {
				return nil, err
			}
			if err := rules.ProjectAcceptsMoney(string(p.Status)); err != nil {
				t := err.(*rules.TransitionError)
				return nil, moneyErr(fail.CodeConflict, "projectID", t.ZH, t.EN)
			}
			latest, err := c.Assessment.Query().Where(assessment.ProjectID(projectID)).
				Order(gen.Desc(assessment.FieldAssessedAt), gen.Desc(assessment.FieldID)).First(all)
			if err != nil && !gen.IsNotFound(err) {
				return nil, err
			}
			if latest != nil && latest.Conclusion == assessment.ConclusionReject {
				return nil, moneyErr(fail.CodeConflict, "projectID", "项目最近一次事前绩效评估结论为“不予支持”，不能安排预算",
					"the project's latest ex-ante assessment is 不予支持 (reject): no budget may be arranged")
			}
			// Concurrent allocations of one fund queue on its row.
			f, err := c.Fund.Query().Where(fund.ID(fundID)).Modify(forUpdate).Only(all)
			if gen.IsNotFound(err) {
				return nil, fail.Missing("fundID", "资金", "fund", fundID)
			}
			if err != nil {
				return nil, err
			}
			others, err := c.Allocation.Query().Where(allocation.FundID(fundID), allocation.IDNEQ(self)).
				Aggregate(budgetExpr).Int(all)
			if err != nil {
				return nil, err
			}
			if remaining := f.Amount - money.Money(others); budget > remaining {
				return nil, moneyErr(fail.CodeBadInput, field,
					"预算安排 "+budget.String()+" 元超出资金“"+f.Name+"”的剩余额度 "+remaining.String()+" 元",
					"the allocation of "+budget.String()+" yuan exceeds the remaining "+remaining.String()+" yuan of fund "+f.Name)
			}
			if err := withinApprovedAmount(all, c, self, projectID, year, budget, field); err != nil {
				return nil, err
			}
			if self != 0 {
				paid, err := c.Disbursement.Query().Where(disbursement.AllocationID(self)).Aggregate(sum(disbursement.FieldAmount)).Int(all)
				if err != nil {
					return nil, err
				}
				if money.Money(paid) > budget {
					return nil, moneyErr(fail.CodeBadInput, field,
						"调整后预算不能低于已支付的 "+money.Money(paid).String()+" 元",
						"the adjusted budget cannot be below the "+money.Money(paid).String()+" yuan already paid")
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// withinApprovedAmount (三同步): a project's allocations of a year stay within
// the amount finance approved with its target in force (the latest approved
// version of that year, when it was approved with an amount); a target not
// yet approved caps nothing (its approval is held to what is allocated). The
// refusal is a CONFLICT with that decision, naming the amount field.
func withinApprovedAmount(all context.Context, c *gen.Client, self, projectID, year int, budget money.Money, field string) error {
	t, err := c.Target.Query().Where(target.ProjectID(projectID), target.FiscalYear(year), target.StatusEQ(target.StatusApproved)).
		Order(gen.Desc(target.FieldVersion)).Select(target.FieldApprovedAmount).First(all)
	if gen.IsNotFound(err) {
		return nil
	}
	if err != nil || t.ApprovedAmount == nil {
		return err
	}
	others, err := c.Allocation.Query().Where(allocation.ProjectID(projectID), allocation.FiscalYear(year), allocation.IDNEQ(self)).
		Aggregate(budgetExpr).Int(all)
	if err != nil {
		return err
	}
	approved, total := *t.ApprovedAmount, money.Money(others)+budget
	if total > approved {
		y := strconv.Itoa(year)
		return moneyErr(fail.CodeConflict, field,
			"项目 "+y+" 年度预算安排合计 "+total.String()+" 元将超出绩效目标批复金额 "+approved.String()+" 元（三同步）；请先调整目标",
			"the project's allocations of "+y+" would total "+total.String()+" yuan, above the "+approved.String()+
				" yuan approved with its target (三同步); adjust the target first")
	}
	return nil
}

// fundGuard: a fund's amount never drops below what is allocated from it
// (else "allocations within the fund" could be undone by editing the fund).
// The fund's row is locked first, as allocations lock it.
func fundGuard() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.FundFunc(func(ctx context.Context, m *gen.FundMutation) (ent.Value, error) {
			amount, set := m.Amount()
			if !set {
				return next.Mutate(ctx, m)
			}
			id, one := m.ID()
			if !one || !m.Op().Is(ent.OpUpdateOne) {
				return nil, moneyErr(fail.CodeConflict, "amount", "资金总额只能逐笔修改", "a fund's amount is changed one fund at a time")
			}
			all := privacy.DecisionContext(ctx, privacy.Allow)
			c := m.Client()
			if _, err := c.Fund.Query().Where(fund.ID(id)).Modify(forUpdate).Only(all); err != nil {
				return nil, err
			}
			allocated, err := c.Allocation.Query().Where(allocation.FundID(id)).Aggregate(budgetExpr).Int(all)
			if err != nil {
				return nil, err
			}
			if money.Money(allocated) > amount {
				return nil, moneyErr(fail.CodeConflict, "amount",
					"资金总额不能低于已安排的预算 "+money.Money(allocated).String()+" 元",
					"a fund's amount cannot drop below the "+money.Money(allocated).String()+" yuan allocated from it")
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpUpdate|ent.OpUpdateOne)
}

func fieldOf(a *gen.Allocation, f string) any {
	switch f {
	case allocation.FieldFundID:
		return a.FundID
	case allocation.FieldProjectID:
		return a.ProjectID
	case allocation.FieldFiscalYear:
		return a.FiscalYear
	}
	return a.InitialAmount
}

func camel(f string) string {
	return map[string]string{allocation.FieldFundID: "fundID", allocation.FieldProjectID: "projectID",
		allocation.FieldFiscalYear: "fiscalYear", allocation.FieldInitialAmount: "initialAmount"}[f]
}

// paymentGuard: a payment (支出) is dated inside its allocation's fiscal year
// (Beijing calendar), stays within what is left of the allocation and goes
// to a project that accepts money. A correction is a reversal entry: a
// negative amount linked to the payment it reverses, with a reason, never
// more than what is left of that payment. Payments are never edited or deleted.
func paymentGuard() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return hook.DisbursementFunc(func(ctx context.Context, m *gen.DisbursementMutation) (ent.Value, error) {
			if !m.Op().Is(ent.OpCreate) {
				return nil, moneyErr(fail.CodeConflict, "id", "支付记录不能修改或删除；更正请做红字冲销",
					"a payment is never edited or deleted; correct it with a reversal entry (红字冲销)")
			}
			all := privacy.DecisionContext(ctx, privacy.Allow)
			c := m.Client()
			allocID, _ := m.AllocationID()
			amount, _ := m.Amount()
			paidOn, _ := m.PaidOn()
			// Concurrent payments of one allocation queue on its row.
			a, err := c.Allocation.Query().Where(allocation.ID(allocID)).Modify(forUpdate).
				WithProject(func(q *gen.ProjectQuery) { q.Select(project.FieldStatus) }).Only(all)
			if gen.IsNotFound(err) {
				return nil, fail.Missing("allocationID", "预算安排", "allocation", allocID)
			}
			if err != nil {
				return nil, err
			}
			if y := paidOn.In(beijing.Location).Year(); y != a.FiscalYear {
				return nil, moneyErr(fail.CodeBadInput, "paidOn", "支付日期须在预算安排所属的 "+strconv.Itoa(a.FiscalYear)+" 年度内",
					"the payment date must fall in the allocation's fiscal year "+strconv.Itoa(a.FiscalYear))
			}
			reversed, isReversal := m.ReversalOfID()
			switch {
			case amount == 0:
				return nil, moneyErr(fail.CodeBadInput, "amount", "支付金额不能为零", "a payment cannot be zero")
			case amount > 0 && isReversal:
				return nil, moneyErr(fail.CodeBadInput, "amount", "红字冲销的金额须为负数", "a reversal entry has a negative amount")
			case amount > 0:
				if err := rules.ProjectAcceptsMoney(string(a.Edges.Project.Status)); err != nil {
					t := err.(*rules.TransitionError)
					return nil, moneyErr(fail.CodeConflict, "allocationID", t.ZH, t.EN)
				}
				paid, err := c.Disbursement.Query().Where(disbursement.AllocationID(allocID)).Aggregate(sum(disbursement.FieldAmount)).Int(all)
				if err != nil {
					return nil, err
				}
				budget := a.InitialAmount
				if a.AdjustedAmount != nil {
					budget = *a.AdjustedAmount
				}
				if left := budget - money.Money(paid); amount > left {
					return nil, moneyErr(fail.CodeBadInput, "amount",
						"支付 "+amount.String()+" 元超出预算安排的剩余额度 "+left.String()+" 元",
						"the payment of "+amount.String()+" yuan exceeds the "+left.String()+" yuan left of the allocation")
				}
			default: // a reversal (红字冲销)
				if !isReversal {
					return nil, moneyErr(fail.CodeBadInput, "reversalOfID", "负数金额只能用于冲销一笔原支付", "a negative amount must reverse a payment")
				}
				if r, _ := m.Reason(); len([]rune(r)) == 0 {
					return nil, moneyErr(fail.CodeBadInput, "reason", "红字冲销须说明原因", "a reversal needs a reason")
				}
				orig, err := c.Disbursement.Get(all, reversed)
				if gen.IsNotFound(err) || (err == nil && (orig.AllocationID != allocID || orig.Amount <= 0)) {
					return nil, fail.Missing("reversalOfID", "原支付", "payment", reversed)
				}
				if err != nil {
					return nil, err
				}
				done, err := c.Disbursement.Query().Where(disbursement.ReversalOfID(reversed)).Aggregate(sum(disbursement.FieldAmount)).Int(all)
				if err != nil {
					return nil, err
				}
				if left := orig.Amount + money.Money(done); -amount > left {
					return nil, moneyErr(fail.CodeBadInput, "amount",
						"冲销金额超出原支付尚未冲销的 "+left.String()+" 元",
						"the reversal exceeds the "+left.String()+" yuan of the payment not yet reversed")
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// assessmentsAreRecords: an ex-ante assessment is a dated record; a new
// assessment supersedes it (the latest counts), it is never edited or deleted.
func assessmentsAreRecords() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			return nil, moneyErr(fail.CodeConflict, "id", "事前绩效评估不能修改或删除；请记录一次新的评估",
				"an ex-ante assessment is never edited or deleted; record a new assessment")
		})
	}, ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne)
}

// projectStatusByEvents: a project's status only moves as a workflow event
// moves it (rules.ProjectNext); a new project is a reserve project (储备).
func projectStatusByEvents() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return hook.ProjectFunc(func(ctx context.Context, m *gen.ProjectMutation) (ent.Value, error) {
			to, set := m.Status()
			switch {
			case !set:
			case m.Op().Is(ent.OpCreate):
				if string(to) != rules.ProjectReserve {
					return nil, moneyErr(fail.CodeBadInput, "status", "新项目只能是储备项目", "a new project is a reserve project")
				}
			case m.Op().Is(ent.OpUpdateOne):
				from, err := m.OldStatus(privacy.DecisionContext(ctx, privacy.Allow))
				if err != nil {
					return nil, err
				}
				if !rules.ProjectMove(string(from), string(to)) {
					return nil, moneyErr(fail.CodeConflict, "status", "项目状态只能由工作流事件改变（批复、暂缓、终止、完成）",
						"a project's status changes only through workflow events (approval, suspension, stop, completion)")
				}
			default:
				return nil, moneyErr(fail.CodeConflict, "status", "项目状态不能批量修改", "project statuses are never bulk-edited")
			}
			return next.Mutate(ctx, m)
		})
	}
}
