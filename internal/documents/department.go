package documents

import (
	"context"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/allocation"
	"jixiao/ent/budgetlink"
	"jixiao/ent/department"
	"jixiao/ent/disbursement"
	"jixiao/ent/evaluation"
	"jixiao/ent/indicator"
	"jixiao/ent/monitoring"
	"jixiao/ent/rectification"
	"jixiao/ent/target"
	"jixiao/internal/documents/forms"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
)

// Labels the department report prints.
var (
	targetStatusLabels = map[target.Status]string{
		target.StatusDraft: "草稿", target.StatusSubmitted: "已提交", target.StatusReturned: "已退回",
		target.StatusApproved: "已批复", target.StatusAdjusting: "调整中", target.StatusSuperseded: "已被替代",
	}
	evaluationStatusLabels = map[evaluation.Status]string{
		evaluation.StatusPlanned: "计划", evaluation.StatusInProgress: "进行中", evaluation.StatusSubmitted: "已提交",
		evaluation.StatusReviewed: "已复核", evaluation.StatusPublished: "已公开",
	}
	evaluationKindLabels = map[evaluation.Kind]string{
		evaluation.KindSelf: "单位自评", evaluation.KindDepartment: "部门评价",
		evaluation.KindFinanceKey: "财政重点评价", evaluation.KindThirdParty: "第三方评价",
	}
	rectificationStatusLabels = map[rectification.Status]string{
		rectification.StatusOpen: "待整改", rectification.StatusInProgress: "整改中", rectification.StatusDone: "已完成",
	}
	suggestionLabels = map[budgetlink.Suggestion]string{
		budgetlink.SuggestionIncrease: "增加", budgetlink.SuggestionKeep: "保持", budgetlink.SuggestionCut: "压减",
	}
)

// DepartmentReport gathers the 部门绩效报告 of a department (with its
// subordinate units) and a year, as the viewer may read it. Statements: the
// subtree (one per level) and one per section, whatever the number of rows.
func (s *Service) DepartmentReport(ctx context.Context, departmentID, year int) (forms.DepartmentReport, error) {
	rep := forms.DepartmentReport{FiscalYear: year}
	// Departments are reference data every user reads; the report's contents
	// are not, so a department outside the viewer's scope is as absent.
	if !auth.FromContext(ctx).SeesDepartment(departmentID) {
		return rep, &ent.NotFoundError{}
	}
	d, err := s.Client.Department.Get(ctx, departmentID)
	if err != nil {
		return rep, err
	}
	rep.DepartmentCode, rep.DepartmentName = d.Code, d.Name
	ids, err := s.subtree(ctx, departmentID)
	if err != nil {
		return rep, err
	}
	budget, paid, err := s.departmentMoney(ctx, ids, year)
	if err != nil {
		return rep, err
	}
	targets, err := s.Client.Target.Query().Where(target.DepartmentIDIn(ids...), target.FiscalYear(year), target.StatusNEQ(target.StatusSuperseded)).
		WithProject().WithDepartment().WithIndicators(func(q *ent.IndicatorQuery) { q.Select(indicator.FieldTargetID) }).
		Order(ent.Asc(target.FieldID)).All(ctx)
	if err != nil {
		return rep, err
	}
	monitorings, err := s.Client.Monitoring.Query().Where(monitoring.DepartmentIDIn(ids...), monitoring.FiscalYear(year)).
		WithProject().Order(ent.Asc(monitoring.FieldProjectID), ent.Desc(monitoring.FieldMonth)).All(ctx)
	if err != nil {
		return rep, err
	}
	evaluations, err := s.Client.Evaluation.Query().Where(evaluation.DepartmentIDIn(ids...), evaluation.FiscalYear(year)).
		WithProject().WithDepartment().Order(ent.Asc(evaluation.FieldID)).All(ctx)
	if err != nil {
		return rep, err
	}
	rectifications, err := s.Client.Rectification.Query().Where(rectification.DepartmentIDIn(ids...), rectification.Or(
		rectification.HasEvaluationWith(evaluation.FiscalYear(year)), rectification.HasMonitoringWith(monitoring.FiscalYear(year)))).
		WithDepartment().Order(ent.Asc(rectification.FieldDeadline), ent.Asc(rectification.FieldID)).All(ctx)
	if err != nil {
		return rep, err
	}
	links, err := s.Client.BudgetLink.Query().Where(budgetlink.DepartmentIDIn(ids...), budgetlink.HasEvaluationWith(evaluation.FiscalYear(year))).
		WithEvaluation(func(q *ent.EvaluationQuery) { q.WithProject() }).Order(ent.Asc(budgetlink.FieldID)).All(ctx)
	if err != nil {
		return rep, err
	}
	rep.Sheets = []forms.Table{targetTable(targets), monitoringTable(monitorings), evaluationTable(evaluations),
		rectificationTable(rectifications), linkTable(links)}
	rep.Summary = summary(d, len(ids), budget, paid, targets, monitorings, evaluations, rectifications, links)
	return rep, nil
}

// subtree is the department and its subordinate units, one statement per level.
func (s *Service) subtree(ctx context.Context, root int) ([]int, error) {
	ids, frontier := []int{root}, []int{root}
	for len(frontier) > 0 && len(ids) < 10000 {
		children, err := s.Client.Department.Query().Where(department.ParentIDIn(frontier...)).IDs(ctx)
		if err != nil {
			return nil, err
		}
		ids, frontier = append(ids, children...), children
	}
	return ids, nil
}

// departmentMoney is the year's budget (each allocation's adjusted amount
// when adjusted, else its initial one) and payments of the departments: 2 statements.
func (s *Service) departmentMoney(ctx context.Context, ids []int, year int) (budget, paid money.Money, err error) {
	allocations, err := s.Client.Allocation.Query().Where(allocation.DepartmentIDIn(ids...), allocation.FiscalYear(year)).
		Select(allocation.FieldInitialAmount, allocation.FieldAdjustedAmount).All(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, a := range allocations {
		if a.AdjustedAmount != nil {
			budget += *a.AdjustedAmount
		} else {
			budget += a.InitialAmount
		}
	}
	var sums []struct {
		Sum *int64 `json:"sum"`
	}
	err = s.Client.Disbursement.Query().Where(disbursement.DepartmentIDIn(ids...), disbursement.FiscalYear(year)).
		Aggregate(ent.Sum(disbursement.FieldAmount)).Scan(ctx, &sums)
	if len(sums) == 1 && sums[0].Sum != nil {
		paid = money.Money(*sums[0].Sum)
	}
	return budget, paid, err
}

// col is a report column (vet wants keyed fields; a table reads better in one line).
func col(title string, width float64, kind forms.CellKind) forms.Column {
	return forms.Column{Title: title, Width: width, Kind: kind}
}

func yuan(m money.Money) float64 { return m.Decimal().InexactFloat64() }

func targetTable(ts []*ent.Target) forms.Table {
	t := forms.Table{Name: "绩效目标", Columns: []forms.Column{
		col("项目编码", 16, forms.Centered), col("项目名称", 30, forms.Text), col("单位", 18, forms.Text),
		col("状态", 10, forms.Centered), col("指标数", 8, forms.Centered), col("年度总体目标", 60, forms.Wrapped)}}
	for _, x := range ts {
		code, name, unit := "", "（部门整体）", ""
		if p := x.Edges.Project; p != nil {
			code, name = p.Code, p.Name
		}
		if d := x.Edges.Department; d != nil {
			unit = d.Name
		}
		t.Rows = append(t.Rows, []any{code, name, unit, targetStatusLabels[x.Status], len(x.Edges.Indicators), x.Goal})
	}
	return t
}

// monitoringTable shows each project's latest monitoring of the year.
func monitoringTable(ms []*ent.Monitoring) forms.Table {
	t := forms.Table{Name: "绩效监控", Columns: []forms.Column{
		col("项目编码", 16, forms.Centered), col("项目名称", 30, forms.Text), col("监控期", 10, forms.Centered),
		col("预算数（元）", 16, forms.Amount), col("执行数（元）", 16, forms.Amount), col("执行率", 10, forms.Percent),
		col("序时进度", 10, forms.Percent), col("预警", 12, forms.Centered), col("纠偏措施", 40, forms.Wrapped)}}
	seen := map[int]bool{}
	for _, m := range ms {
		if seen[m.ProjectID] {
			continue
		}
		seen[m.ProjectID] = true
		code, name := "", ""
		if p := m.Edges.Project; p != nil {
			code, name = p.Code, p.Name
		}
		var rate any
		if m.Budget > 0 {
			rate = m.PaidToDate.Decimal().Div(m.Budget.Decimal()).Round(4).InexactFloat64()
		}
		progress := decimal.NewFromInt(int64(m.Month)).Div(decimal.NewFromInt(12)).Round(4).InexactFloat64()
		t.Rows = append(t.Rows, []any{code, name, fmt.Sprintf("1—%d月", m.Month), yuan(m.Budget), yuan(m.PaidToDate), rate,
			progress, enums.WarningLevel("").Labels()[string(m.WarningLevel)].ZH, m.CorrectiveAction})
	}
	return t
}

func evaluationTable(es []*ent.Evaluation) forms.Table {
	t := forms.Table{Name: "评价结果", Columns: []forms.Column{
		col("评价类型", 14, forms.Centered), col("评价对象", 36, forms.Text), col("状态", 10, forms.Centered),
		col("总分", 8, forms.Score), col("等级", 8, forms.Centered), col("存在问题", 40, forms.Wrapped), col("意见建议", 40, forms.Wrapped)}}
	for _, e := range es {
		t.Rows = append(t.Rows, []any{evaluationKindLabels[e.Kind], subject(e), evaluationStatusLabels[e.Status],
			scoreValue(e.TotalScore), gradeLabel(e.Grade), e.Findings, e.Recommendations})
	}
	return t
}

func rectificationTable(rs []*ent.Rectification) forms.Table {
	t := forms.Table{Name: "整改", Columns: []forms.Column{
		col("责任单位", 18, forms.Text), col("存在问题", 36, forms.Wrapped), col("整改要求", 36, forms.Wrapped),
		col("整改期限", 12, forms.Centered), col("状态", 10, forms.Centered), col("整改情况", 36, forms.Wrapped)}}
	for _, r := range rs {
		unit := ""
		if d := r.Edges.Department; d != nil {
			unit = d.Name
		}
		t.Rows = append(t.Rows, []any{unit, r.Problem, r.RequiredAction, r.Deadline.In(beijing.Location).Format(time.DateOnly),
			rectificationStatusLabels[r.Status], r.CompletionNote})
	}
	return t
}

func linkTable(ls []*ent.BudgetLink) forms.Table {
	t := forms.Table{Name: "结果应用", Columns: []forms.Column{
		col("评价对象", 36, forms.Text), col("应用年度", 10, forms.Centered), col("预算建议", 10, forms.Centered),
		col("调整金额（元）", 16, forms.Amount), col("调整比例（%）", 12, forms.Score), col("通报", 6, forms.Centered),
		col("公开", 6, forms.Centered), col("问责", 6, forms.Centered), col("说明", 36, forms.Wrapped)}}
	mark := func(b bool) string {
		if b {
			return "是"
		}
		return ""
	}
	for _, l := range ls {
		var amount any
		if l.Amount != nil {
			amount = yuan(*l.Amount)
		}
		subj := ""
		if e := l.Edges.Evaluation; e != nil {
			subj = subject(e)
		}
		t.Rows = append(t.Rows, []any{subj, l.FiscalYear, suggestionLabels[l.Suggestion], amount, scoreValue(l.Percent),
			mark(l.Notify), mark(l.Disclose), mark(l.Accountability), l.Note})
	}
	return t
}

func subject(e *ent.Evaluation) string {
	if p := e.Edges.Project; p != nil {
		return p.Code + " " + p.Name
	}
	if d := e.Edges.Department; d != nil {
		return d.Name + "（部门整体）"
	}
	return "（部门整体）"
}

func scoreValue(d *decimal.Decimal) any {
	if d == nil {
		return nil
	}
	return d.InexactFloat64()
}

func gradeLabel(g *enums.Grade) string {
	if g == nil {
		return ""
	}
	return enums.Grade("").Labels()[string(*g)].ZH
}

func summary(d *ent.Department, units int, budget, paid money.Money, ts []*ent.Target, ms []*ent.Monitoring,
	es []*ent.Evaluation, rs []*ent.Rectification, ls []*ent.BudgetLink) []forms.Fact {
	approved := 0
	for _, t := range ts {
		if t.Status == target.StatusApproved {
			approved++
		}
	}
	warnings := map[enums.WarningLevel]int{}
	seen := map[int]bool{}
	for _, m := range ms {
		if !seen[m.ProjectID] {
			seen[m.ProjectID] = true
			warnings[m.WarningLevel]++
		}
	}
	var sum decimal.Decimal
	scored := 0
	grades := map[string]int{}
	for _, e := range es {
		if e.TotalScore != nil {
			sum, scored = sum.Add(*e.TotalScore), scored+1
		}
		if e.Grade != nil {
			grades[gradeLabel(e.Grade)]++
		}
	}
	average := any("—")
	if scored > 0 {
		average = sum.Div(decimal.NewFromInt(int64(scored))).Round(2).InexactFloat64()
	}
	done := 0
	for _, r := range rs {
		if r.Status == rectification.StatusDone {
			done++
		}
	}
	cuts := 0
	for _, l := range ls {
		if l.Suggestion == budgetlink.SuggestionCut {
			cuts++
		}
	}
	var rate any = "—"
	if budget > 0 {
		rate = paid.Decimal().Div(budget.Decimal()).Round(4).InexactFloat64()
	}
	return []forms.Fact{
		{Label: "部门（单位）", Value: d.Name},
		{Label: "纳入统计的单位数", Value: units, Kind: forms.Centered},
		{Label: "预算安排合计（元）", Value: yuan(budget), Kind: forms.Amount},
		{Label: "实际支出合计（元）", Value: yuan(paid), Kind: forms.Amount},
		{Label: "预算执行率", Value: rate, Kind: forms.Percent},
		{Label: "绩效目标（已批复 / 全部）", Value: fmt.Sprintf("%d / %d", approved, len(ts)), Kind: forms.Centered},
		{Label: "监控预警项目（红 / 黄）", Value: fmt.Sprintf("%d / %d", warnings[enums.WarningLevelRed], warnings[enums.WarningLevelYellow]), Kind: forms.Centered},
		{Label: "评价数（已评分）", Value: fmt.Sprintf("%d（%d）", len(es), scored), Kind: forms.Centered},
		{Label: "平均得分", Value: average, Kind: forms.Score},
		{Label: "等级分布（优 / 良 / 中 / 差）", Value: fmt.Sprintf("%d / %d / %d / %d", grades["优"], grades["良"], grades["中"], grades["差"]), Kind: forms.Centered},
		{Label: "整改（已完成 / 全部）", Value: fmt.Sprintf("%d / %d", done, len(rs)), Kind: forms.Centered},
		{Label: "结果应用（其中压减）", Value: fmt.Sprintf("%d（%d）", len(ls), cuts), Kind: forms.Centered},
	}
}
