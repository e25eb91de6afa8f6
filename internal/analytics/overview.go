package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
)

// Overview is the cockpit (驾驶舱) of a scope — the whole city, a region or a
// department subtree — in a fiscal year.
type Overview struct {
	FiscalYear int
	// Department is the scope's department (with its subunits), if one was given.
	Department *ent.Department
	// DepartmentID is the scope's department as asked (Department is loaded
	// only when selected).
	DepartmentID *int
	Region       *string
	// DepartmentCount is the number of departments and units in the scope.
	DepartmentCount int
	Figures
	PreviousYear Figures
	Change       Change
	// Months is the execution curve: month m against time progress m/12.
	Months []*MonthlyExecution
}

// MonthlyExecution is one point of the execution curve.
type MonthlyExecution struct {
	Month         int
	Paid          money.Money // paid in the month
	PaidToDate    money.Money // paid in months 1..m
	ExecutionRate float64     // PaidToDate ÷ the year's adjusted budget
	TimeProgress  float64     // m ÷ 12
	// Warning bands ExecutionRate ÷ TimeProgress for the months reached; nil
	// for months still ahead or without a budget.
	Warning *enums.WarningLevel
}

// OverviewArgs are the arguments of GetOverview.
type OverviewArgs struct {
	FiscalYear   int
	DepartmentID *int // the department and its subordinate units
	Region       *string
	AsOfMonth    *int
	// EvaluationKindIn limits the evaluations counted; all when empty.
	EvaluationKindIn []evaluation.Kind
	Departments      DepartmentLoader
	// ScopeOnly: the caller reads none of the figures, only the scope and
	// what hangs off it (the coverage card asks for overview { coverage }),
	// so the figures' statement is not run.
	ScopeOnly bool
}

// GetOverview adds up the viewer's scope (narrowed to a department subtree
// and/or a region) in one SQL statement over the summaries.
func GetOverview(ctx context.Context, client db, args OverviewArgs) (*Overview, error) {
	sc, err := viewerScope(ctx)
	if err != nil {
		return nil, err
	}
	if err := checkMonth(args.AsOfMonth); err != nil {
		return nil, err
	}
	if args.DepartmentID != nil && !sc.sees(*args.DepartmentID) {
		return nil, forbidden()
	}
	o := &Overview{FiscalYear: args.FiscalYear, DepartmentID: args.DepartmentID, Region: args.Region}
	tpMonth := progressMonth(ctx, args.FiscalYear, args.AsOfMonth)
	tpPrev := float64(progressMonth(ctx, args.FiscalYear-1, args.AsOfMonth)) / 12
	var cur, prev sums
	var months [12]integer
	var count integer
	if !sc.none() && !args.ScopeOnly {
		p := &params{}
		var b strings.Builder
		b.WriteString("WITH RECURSIVE\n")
		conds := []string{sc.where("d.id", p)}
		if args.DepartmentID != nil {
			conds = append(conds, subtree("d.id", p.add(*args.DepartmentID)))
		}
		if args.Region != nil {
			conds = append(conds, "d.region = "+p.add(*args.Region))
		}
		fq := figuresQuery{year: args.FiscalYear, paidMonth: 12, kinds: args.EvaluationKindIn, now: now(ctx), months: true}
		// The whole scope or a region, seen by someone who sees it all: its
		// regions' roll-ups, a row per region (regionrollup.go).
		fq.regions = regionRollups(ctx) && sc.All && args.DepartmentID == nil && len(args.EvaluationKindIn) == 0
		counted := "(SELECT COUNT(*) FROM members)"
		if fq.regions {
			fq.oneRoot = "TRUE"
			if args.Region != nil {
				fq.oneRoot = "x.region = " + p.add(*args.Region)
			}
			counted = fmt.Sprintf("(SELECT COUNT(*) FROM departments d WHERE %s)", strings.Join(conds, " AND "))
		} else {
			fmt.Fprintf(&b, "members(root, id) AS (SELECT 0, d.id FROM departments d WHERE %s),\n", strings.Join(conds, " AND "))
		}
		if args.AsOfMonth != nil {
			fq.paidMonth = *args.AsOfMonth
		}
		b.WriteString(fq.ctes(p))
		fmt.Fprintf(&b, `,
roots AS (SELECT 0 AS id)
SELECT %s, %s, %s, %s
FROM roots r %s`, counted, fq.columns("c"), fq.columns("p"), fq.monthColumns(), fq.joins())
		err := query(ctx, client, b.String(), p, func(rows *sql.Rows) error {
			dest := append([]any{&count}, cur.scanners()...)
			dest = append(dest, prev.scanners()...)
			for i := range months {
				dest = append(dest, &months[i])
			}
			return rows.Scan(dest...)
		})
		if err != nil {
			return nil, err
		}
	}
	o.DepartmentCount = int(count.i)
	o.Figures = cur.figures(float64(tpMonth) / 12)
	o.PreviousYear = prev.figures(tpPrev)
	o.Change = change(o.Figures, o.PreviousYear)
	var toDate int64
	for i := range months {
		m := i + 1
		if args.AsOfMonth != nil && m > *args.AsOfMonth {
			months[i].i = 0 // the curve stops at the month asked for
		}
		toDate += months[i].i
		me := &MonthlyExecution{Month: m, Paid: money.Money(months[i].i), PaidToDate: money.Money(toDate),
			ExecutionRate: ratio(toDate, cur.adjusted), TimeProgress: float64(m) / 12}
		if m <= tpMonth && cur.adjusted > 0 {
			me.Warning = executionWarning(me.ExecutionRate, me.TimeProgress)
		}
		o.Months = append(o.Months, me)
	}
	if args.DepartmentID != nil && args.Departments != nil {
		deps, err := args.Departments(ctx, []int{*args.DepartmentID})
		if err != nil {
			return nil, err
		}
		o.Department = deps[*args.DepartmentID]
	}
	return o, nil
}
