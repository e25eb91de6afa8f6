package workflow

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/allocation"
	"jixiao/ent/department"
	"jixiao/ent/disbursement"
	"jixiao/ent/evaluation"
	"jixiao/ent/indicator"
	"jixiao/ent/schema"
	"jixiao/ent/scoreitem"
	"jixiao/ent/target"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
)

// Score item inputs are kept as strings in ScoreItem.inputs under these keys.
const (
	inScore       = "score"       // MANUAL: points given
	inLevelScore  = "levelScore"  // INDICATOR (qualitative): points given inside the level's band
	inLevel       = "level"       // INDICATOR (qualitative): the level picked
	inRate        = "rate"        // SURVEY: satisfaction rate 0..1
	inIncidents   = "incidents"   // DEDUCTION: how many
	inPerIncident = "perIncident" // DEDUCTION: points per incident
	inVetoed      = "vetoed"      // VETO: "true" when triggered
	inAdjustment  = "adjustment"  // BONUS_PENALTY: signed points
	inNote        = "note"        // reason or note
)

// NewEvaluation is what createEvaluationFromTemplate takes.
type NewEvaluation struct {
	Kind         evaluation.Kind
	FiscalYear   int
	DepartmentID int
	ProjectID    *int
	AgencyID     *int
	Scheme       string
	SchemeID     *int // a stored scheme version (评价方案) instead of a built-in template
}

// Scheme template codes.
const (
	SchemeSelf           = "SELF"
	SchemeProjectKey     = "PROJECT_KEY"
	SchemeDepartmentWide = "DEPARTMENT_WIDE"
)

// CreateFromTemplate creates an evaluation with the score items of its scheme:
// the 单位自评 scheme is laid out on the project's approved target.
func (w Evaluations) CreateFromTemplate(ctx context.Context, in NewEvaluation) (*ent.Evaluation, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	scheme := in.Scheme
	switch {
	case scheme != "":
	case in.Kind == evaluation.KindSelf:
		scheme = SchemeSelf
	case in.ProjectID == nil:
		scheme = SchemeDepartmentWide
	default:
		scheme = SchemeProjectKey
	}
	stored, err := w.storedScheme(ctx, c, in)
	if err != nil {
		return nil, err
	}
	create := c.Evaluation.Create().SetKind(in.Kind).SetFiscalYear(in.FiscalYear).SetDepartmentID(in.DepartmentID).
		SetNillableProjectID(in.ProjectID).SetNillableAgencyID(in.AgencyID).SetScheme(scheme)
	if stored != nil {
		create.SetScheme(stored.Code).SetEvaluationSchemeID(stored.ID)
	}
	ev, err := create.Save(ctx)
	if ent.IsConstraintError(err) && in.Kind == evaluation.KindSelf { // a concurrent twin passed the data layer's check first
		return nil, schema.DuplicateSelfEvaluation(in.ProjectID != nil)
	}
	if err != nil {
		return nil, err
	}
	if stored != nil {
		if err := w.layOut(ctx, c, ev, stored.Definition, "", nil, 1); err != nil {
			return nil, err
		}
		return ev, w.prefillFor(ctx, c, ev)
	}
	var (
		root  rules.Item
		links map[*rules.Item]int // indicator items → indicator ids
	)
	switch scheme {
	case SchemeSelf:
		if in.ProjectID == nil {
			return nil, fail.BadInput("projectID", "单位自评须指定项目", "a self-evaluation needs a project")
		}
		var p rules.Params
		// Laid out under the rule set in force for the department's region.
		if p, err = w.paramsOf(ctx, c, ev); err == nil {
			root, links, err = w.selfScheme(ctx, c, ev, p)
		}
	case SchemeProjectKey:
		root = rules.KeyEvaluationTemplate()
	case SchemeDepartmentWide:
		root = rules.DepartmentWideTemplate()
	default:
		return nil, fail.BadInput("scheme", "未知的评分方案："+scheme, "unknown scheme: "+scheme)
	}
	if err != nil {
		return nil, err
	}
	for i := range root.Children {
		if err := w.saveItem(ctx, c, ev, &root.Children[i], nil, 1, i, links); err != nil {
			return nil, err
		}
	}
	return ev, w.prefillFor(ctx, c, ev)
}

// prefillFor pre-fills a finance key or third-party evaluation of a project
// from the project's indicators (prefill), under the rule set in force.
func (w Evaluations) prefillFor(ctx context.Context, c *ent.Client, ev *ent.Evaluation) error {
	if ev.ProjectID == nil || (ev.Kind != evaluation.KindFinanceKey && ev.Kind != evaluation.KindThirdParty) {
		return nil
	}
	p, err := w.paramsOf(ctx, c, ev)
	if err != nil {
		return err
	}
	return w.prefill(ctx, c, ev, p)
}

// selfScheme lays the 单位自评 scheme out on the project's approved target.
func (w Evaluations) selfScheme(ctx context.Context, c *ent.Client, ev *ent.Evaluation, p rules.Params) (rules.Item, map[*rules.Item]int, error) {
	tgt, err := c.Target.Query().Where(target.ProjectID(*ev.ProjectID), target.FiscalYear(ev.FiscalYear), target.StatusEQ(target.StatusApproved)).
		Order(ent.Desc(target.FieldVersion)).WithIndicators(func(q *ent.IndicatorQuery) { q.Order(ent.Asc(indicator.FieldSortOrder)) }).First(ctx)
	if ent.IsNotFound(err) {
		return rules.Item{}, nil, fail.Transition("该项目本年度没有已批复的绩效目标，无法自评", "the project has no approved target for the year to evaluate against")
	}
	if err != nil {
		return rules.Item{}, nil, err
	}
	in := rules.SelfEvalInput{Paid: decimal.Zero, Budget: decimal.NewFromInt(1)} // the layout needs no money yet
	placeholder := decimal.Zero
	for _, ind := range tgt.Edges.Indicators {
		ri := rules.Indicator{Comparator: ind.Comparator, Target: ind.TargetValue}
		if ind.Comparator == enums.ComparatorQualitative {
			ri.Level, ri.LevelRate = enums.QualitativeLevelNotAchieved, &placeholder
		}
		in.Indicators = append(in.Indicators, rules.SelfEvalIndicator{Name: ind.Name, Category: ind.Category,
			Indicator: ri, Weight: weightOrNil(ind.Weight)})
	}
	root, err := rules.SelfEvaluationScheme(p, in)
	if err != nil {
		return rules.Item{}, nil, err
	}
	// The scheme keeps the indicators' input order inside each category group.
	links := map[*rules.Item]int{}
	used := map[int]bool{}
	for g := range root.Children {
		for k := range root.Children[g].Children {
			item := &root.Children[g].Children[k]
			for _, ind := range tgt.Edges.Indicators {
				if !used[ind.ID] && ind.Name == item.Name && groupOf(p, ind.Category) == root.Children[g].Code {
					links[item], used[ind.ID] = ind.ID, true
					break
				}
			}
		}
	}
	return root, links, nil
}

func groupOf(p rules.Params, c enums.IndicatorCategory) string {
	if c == enums.IndicatorCategoryCost && p.CostSharesOutput {
		return string(enums.IndicatorCategoryOutput)
	}
	return string(c)
}

func weightOrNil(w decimal.Decimal) *decimal.Decimal {
	if w.IsZero() {
		return nil
	}
	return &w
}

func (w Evaluations) saveItem(ctx context.Context, c *ent.Client, ev *ent.Evaluation, it *rules.Item, parent *int, level, order int, links map[*rules.Item]int) error {
	inputs := map[string]string{}
	if it.Share != nil {
		inputs["share"] = it.Share.String()
	}
	if it.Method == rules.MethodData {
		inputs[inMetric] = it.Code
	} else if it.Code != "" {
		inputs[inCode] = it.Code
	}
	create := c.ScoreItem.Create().SetEvaluationID(ev.ID).SetName(it.Name).SetWeight(it.Points).
		SetMethod(scoreitem.Method(it.Method)).SetLevel(min(level, 3)).SetSortOrder(order).SetNillableParentID(parent).SetInputs(inputs)
	if id, ok := links[it]; ok {
		create.SetIndicatorID(id)
	}
	saved, err := create.Save(ctx)
	if err != nil {
		return err
	}
	for i := range it.Children {
		if err := w.saveItem(ctx, c, ev, &it.Children[i], &saved.ID, level+1, i, links); err != nil {
			return err
		}
	}
	return nil
}

// node is a stored score item with its children, as the scheme tree.
type node struct {
	row      *ent.ScoreItem
	children []*node
}

// tree reads an evaluation's items and turns them into a rules scheme whose
// root sums the top-level items. With the rule set p, DATA items get the
// department's data (p's calendar dates the deadlines); without, they keep
// the evaluator's points.
func (w Evaluations) tree(ctx context.Context, c *ent.Client, ev *ent.Evaluation, p *rules.Params) (rules.Item, []*node, error) {
	rows, err := c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID)).WithIndicator().Order(ent.Asc(scoreitem.FieldSortOrder)).All(ctx)
	if err != nil {
		return rules.Item{}, nil, err
	}
	inds := make([]*ent.Indicator, 0, len(rows))
	byID := map[int]*node{}
	for _, r := range rows {
		byID[r.ID] = &node{row: r}
		inds = append(inds, r.Edges.Indicator)
	}
	if err := inheritActuals(ctx, c, inds); err != nil {
		return rules.Item{}, nil, err
	}
	var tops []*node
	for _, r := range rows {
		n := byID[r.ID]
		if r.ParentID != nil && byID[*r.ParentID] != nil {
			byID[*r.ParentID].children = append(byID[*r.ParentID].children, n)
		} else {
			tops = append(tops, n)
		}
	}
	budget, paid, err := w.execution(ctx, c, ev)
	if err != nil {
		return rules.Item{}, nil, err
	}
	root := rules.Item{Name: ev.Scheme, Method: rules.MethodComposite}
	for _, t := range tops {
		it, err := itemOf(t, budget, paid)
		if err != nil {
			return rules.Item{}, nil, err
		}
		root.Points = root.Points.Add(it.Points)
		root.Children = append(root.Children, it)
	}
	// DATA items (a department-wide evaluation's 运行成本, 管理效率, 履职效能,
	// 满意度) read the department's facts, once for all of them.
	want := map[string]bool{}
	for _, r := range rows {
		if r.Method == scoreitem.MethodData {
			want[r.Inputs[inMetric]] = true
		}
	}
	if len(want) > 0 && p != nil {
		data, err := w.departmentData(ctx, c, ev, *p, want)
		if err != nil {
			return rules.Item{}, nil, err
		}
		if want[rules.MetricExecution] && budget > 0 { // the figures EXECUTION_RATE items read
			data[rules.MetricExecution] = &rules.DataMetric{Metric: rules.MetricExecution,
				Execution: &rules.Execution{Paid: paid.Decimal(), Budget: budget.Decimal()}}
		}
		for i := range root.Children {
			withData(&root.Children[i], data)
		}
	}
	return root, tops, nil
}

// withData gives the DATA items of a tree their metric's data, keeping the
// survey bands the scheme set on the item.
func withData(it *rules.Item, data map[string]*rules.DataMetric) {
	for i := range it.Children {
		withData(&it.Children[i], data)
	}
	if it.Method != rules.MethodData {
		return
	}
	if d, ok := data[it.Code]; ok {
		m := *d
		if m.Satisfaction != nil && it.Survey != nil {
			s := *m.Satisfaction
			s.Bands = it.Survey.Bands
			m.Satisfaction = &s
		}
		it.Data = &m
	}
}

func itemOf(n *node, budget, paid money.Money) (rules.Item, error) {
	r := n.row
	it := rules.Item{Name: r.Name, Method: rules.Method(r.Method), Points: r.Weight}
	if s, ok := r.Inputs["share"]; ok {
		d, err := decimal.NewFromString(s)
		if err == nil {
			it.Share = &d
		}
	}
	get := func(key string) *decimal.Decimal {
		if s, ok := r.Inputs[key]; ok {
			if d, err := decimal.NewFromString(s); err == nil {
				return &d
			}
		}
		return nil
	}
	switch it.Method {
	case rules.MethodComposite:
		for _, ch := range n.children {
			c, err := itemOf(ch, budget, paid)
			if err != nil {
				return it, err
			}
			it.Children = append(it.Children, c)
		}
	case rules.MethodIndicator:
		ind := r.Edges.Indicator
		if ind == nil {
			return it, fail.BadInput("indicator", "评分项“"+r.Name+"”未关联绩效指标", "item "+r.Name+" is not linked to an indicator")
		}
		it.Indicator = &rules.Indicator{Comparator: ind.Comparator, Target: ind.TargetValue, Actual: ind.ActualValue}
		if ind.Comparator == enums.ComparatorQualitative {
			level := r.Inputs[inLevel]
			if level == "" && ind.ActualLevel != nil {
				level = string(*ind.ActualLevel)
			}
			it.Indicator.Level, it.Indicator.LevelScore = enums.QualitativeLevel(level), get(inLevelScore)
		}
	case rules.MethodExecutionRate:
		it.Execution = &rules.Execution{Paid: paid.Decimal(), Budget: budget.Decimal()}
	case rules.MethodManual:
		it.Manual = get(inScore)
		if pf := get(inPrefill); pf != nil {
			it.Prefill = &rules.Prefill{Score: *pf, ZH: r.Inputs[inPrefillZH], EN: r.Inputs[inPrefillEN], Reason: r.Inputs[inNote]}
		}
	case rules.MethodData:
		// The data are read for the whole tree (withData); the evaluator's
		// points stand in where the department has none.
		it.Code, it.Manual = r.Inputs[inMetric], get(inScore)
		if bands := bandsOf(r.Inputs); len(bands) > 0 {
			it.Survey = &rules.Survey{Bands: bands}
		}
	case rules.MethodSurvey:
		if rate := get(inRate); rate != nil {
			it.Survey = &rules.Survey{Rate: *rate, Bands: bandsOf(r.Inputs)}
		}
	case rules.MethodDeduction:
		if n := get(inIncidents); n != nil {
			per := decimal.NewFromInt(1)
			if p := get(inPerIncident); p != nil {
				per = *p
			}
			it.Deduction = &rules.Deduction{Incidents: int(n.IntPart()), PerIncident: per}
		}
	case rules.MethodVeto:
		if r.Inputs[inVetoed] == "true" {
			it.Veto = &rules.Veto{Triggered: true, Reason: r.Inputs[inNote]}
		}
	case rules.MethodBonusPenalty:
		if a := get(inAdjustment); a != nil {
			it.Adjustments = []rules.Adjustment{{Points: *a, Reason: r.Inputs[inNote]}}
		}
	}
	return it, nil
}

// execution is the evaluated subject's adjusted budget and payments of the
// year: the project's, or the whole department's for a department-wide one.
func (w Evaluations) execution(ctx context.Context, c *ent.Client, ev *ent.Evaluation) (budget, paid money.Money, err error) {
	aq := c.Allocation.Query().Where(allocation.FiscalYear(ev.FiscalYear))
	dq := c.Disbursement.Query().Where(disbursement.FiscalYear(ev.FiscalYear))
	if ev.ProjectID != nil {
		aq.Where(allocation.ProjectID(*ev.ProjectID))
		dq.Where(disbursement.ProjectID(*ev.ProjectID))
	} else {
		aq.Where(allocation.DepartmentID(ev.DepartmentID))
		dq.Where(disbursement.DepartmentID(ev.DepartmentID))
	}
	allocs, err := aq.All(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, a := range allocs {
		budget += AdjustedBudget(a)
	}
	pays, err := dq.Select(disbursement.FieldAmount).All(ctx)
	for _, d := range pays {
		paid += d.Amount
	}
	return budget, paid, err
}

// ScoreInput is a scorer's input for one item.
type ScoreInput struct {
	Score     *decimal.Decimal
	Level     *enums.QualitativeLevel
	Incidents *int
	Vetoed    *bool
	Note      *string
}

// paramsOf is the rule set in force for an evaluation's department's region
// and fiscal year: the same one lays it out, explains each score and computes it.
func (w Evaluations) paramsOf(ctx context.Context, c *ent.Client, ev *ent.Evaluation) (rules.Params, error) {
	region, err := c.Department.Query().Where(department.ID(ev.DepartmentID)).Select(department.FieldRegion).String(public(ctx)) // a region is no secret
	if err != nil {
		return rules.Params{}, err
	}
	p, _, err := w.RuleSets.For(ctx, region, ev.FiscalYear)
	return p, err
}

// Score records a scorer's input for one item after checking it against the
// item's limits (a manual score within [0, W], a qualitative score inside its
// level's band, …), and shows the item's score at once. lockVersion is the
// evaluation's: scoring moves it on and clears the (now stale) total.
func (w Evaluations) Score(ctx context.Context, id, lockVersion int, in ScoreInput) (*ent.ScoreItem, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	item, err := c.ScoreItem.Query().Where(scoreitem.ID(id)).WithEvaluation().WithIndicator().Only(ctx)
	if err != nil {
		return nil, err
	}
	ev := item.Edges.Evaluation
	if err := allowEvaluation(ctx, ev, enums.EvaluationActionScore); err != nil {
		return nil, err
	}
	inputs := map[string]string{}
	for k, v := range item.Inputs {
		inputs[k] = v
	}
	set := func(key, v string) { inputs[key] = v }
	switch scoreitem.Method(item.Method) {
	case scoreitem.MethodManual, scoreitem.MethodData: // a DATA item's points count only without data
		if in.Score != nil {
			set(inScore, in.Score.String())
		}
	case scoreitem.MethodIndicator:
		if in.Score != nil {
			set(inLevelScore, in.Score.String())
		}
		if in.Level != nil {
			set(inLevel, string(*in.Level))
		}
	case scoreitem.MethodSurvey:
		if in.Score != nil {
			set(inRate, in.Score.String())
		}
	case scoreitem.MethodDeduction:
		if in.Incidents != nil {
			set(inIncidents, strconv.Itoa(*in.Incidents))
		}
	case scoreitem.MethodVeto:
		if in.Vetoed != nil {
			set(inVetoed, strconv.FormatBool(*in.Vetoed))
		}
	case scoreitem.MethodBonusPenalty:
		if in.Score != nil {
			if err := rules.CheckAdjustment(limitsOf(item.Inputs), *in.Score); err != nil {
				return nil, err
			}
			set(inAdjustment, in.Score.String())
		}
	default:
		return nil, fail.BadInput("id", "该评分项由系统自动计算，不能人工打分", "this item is computed, not scored by hand")
	}
	if in.Note != nil {
		set(inNote, *in.Note)
	}
	p, err := w.paramsOf(ctx, c, ev)
	if err != nil {
		return nil, err
	}
	item.Inputs = inputs
	if err := inheritActuals(ctx, c, []*ent.Indicator{item.Edges.Indicator}); err != nil {
		return nil, err
	}
	leaf, err := itemOf(&node{row: item}, 0, 0)
	if err != nil {
		return nil, err
	}
	update := c.ScoreItem.UpdateOneID(id).SetInputs(inputs)
	if leaf.Points.IsPositive() && (leaf.Method != rules.MethodData || leaf.Manual != nil) {
		res, err := rules.ScoreScheme(p, leaf)
		if err != nil {
			return nil, err
		}
		update.SetScore(res.Root.Score).SetExplanation(res.Root.Explanation.ZH).SetExplanationEn(res.Root.Explanation.EN)
	}
	// The lock moves on only once the input is known to be sound: a refused
	// score writes nothing.
	if err := touch(ctx, c, ev, lockVersion); err != nil {
		return nil, err
	}
	return update.Save(ctx)
}

// Compute scores the whole evaluation under the rule set in force, storing
// each item's score and explanation, the total, the grade and the rule set.
func (w Evaluations) Compute(ctx context.Context, id, lockVersion int) (*ent.Evaluation, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	ev, err := c.Evaluation.Query().Where(evaluation.ID(id)).WithDepartment().Only(ctx)
	if err != nil {
		return nil, err
	}
	if ev.LockVersion != lockVersion {
		return nil, fail.Conflict("绩效评价", "evaluation")
	}
	if err := allowEvaluation(ctx, ev, enums.EvaluationActionScore); err != nil {
		return nil, err
	}
	if err := w.RuleSets.EnsureNational(ctx); err != nil {
		return nil, err
	}
	p, rs, err := w.RuleSets.For(ctx, ev.Edges.Department.Region, ev.FiscalYear)
	if err != nil {
		return nil, err
	}
	root, tops, err := w.tree(ctx, c, ev, &p)
	if err != nil {
		return nil, err
	}
	res, err := rules.ScoreScheme(p, root)
	if err != nil {
		return nil, err
	}
	for i, t := range tops {
		if err := saveScores(ctx, c, t, res.Root.Children[i]); err != nil {
			return nil, err
		}
	}
	// The consistency checks of a self-evaluation are stored with its total
	// (HIGH_SCORE_LOW_SPENDING, UNDERSPENT), computed from the same tree.
	flags := []string{}
	if ev.Kind == evaluation.KindSelf {
		if flags, err = rules.SchemeConsistencyFlags(p, root, res); err != nil {
			return nil, err
		}
	}
	n, err := c.Evaluation.Update().Where(evaluation.ID(id), evaluation.LockVersion(lockVersion)).
		SetTotalScore(res.Total100).SetGrade(res.Grade).SetRuleSetID(rs.ID).SetConsistencyFlags(flags).
		SetStatus(evaluation.StatusInProgress).AddLockVersion(1).Save(ctx)
	if err := conflictUnless(n, err, "绩效评价", "evaluation"); err != nil {
		return nil, err
	}
	return c.Evaluation.Get(ctx, id)
}

func saveScores(ctx context.Context, c *ent.Client, n *node, r rules.ItemResult) error {
	err := c.ScoreItem.UpdateOneID(n.row.ID).SetScore(r.Score).
		SetExplanation(r.Explanation.ZH).SetExplanationEn(r.Explanation.EN).Exec(ctx)
	if err != nil {
		return err
	}
	if len(n.children) != len(r.Children) {
		return fmt.Errorf("score tree mismatch at %s", n.row.Name)
	}
	for i, ch := range n.children {
		if err := saveScores(ctx, c, ch, r.Children[i]); err != nil {
			return err
		}
	}
	return nil
}

// WhatIfItem is one item of a what-if re-scoring.
type WhatIfItem struct {
	Name          string
	Weight, Score decimal.Decimal
	Explanation   rules.Explanation
}

// WhatIf re-scores an evaluation under another rule set without saving anything.
func (w Evaluations) WhatIf(ctx context.Context, id, ruleSetID int) (rules.SchemeResult, *ent.RuleSet, []WhatIfItem, error) {
	c := client(ctx, w.Client)
	ev, err := c.Evaluation.Get(ctx, id)
	if err != nil {
		return rules.SchemeResult{}, nil, nil, err
	}
	p, rs, err := w.RuleSets.Params(ctx, &ruleSetID)
	if err != nil {
		return rules.SchemeResult{}, nil, nil, err
	}
	root, _, err := w.tree(ctx, c, ev, &p)
	if err != nil {
		return rules.SchemeResult{}, nil, nil, err
	}
	if ev.Scheme == SchemeSelf && ev.ProjectID != nil {
		// A self-evaluation's points per category are parameters too: lay it
		// out again under the other rule set, keeping the scorer's inputs.
		if layout, _, err := w.selfScheme(ctx, c, ev, p); err == nil {
			reweigh(&root, layout)
		}
	}
	res, err := rules.ScoreScheme(p, root)
	if err != nil {
		return rules.SchemeResult{}, nil, nil, err
	}
	var items []WhatIfItem
	var walk func(r rules.ItemResult)
	walk = func(r rules.ItemResult) {
		items = append(items, WhatIfItem{Name: r.Name, Weight: r.Points, Score: r.Score, Explanation: r.Explanation})
		for _, ch := range r.Children {
			walk(ch)
		}
	}
	for _, ch := range res.Root.Children {
		walk(ch)
	}
	return res, rs, items, nil
}

// Actual is an indicator's actual value as a self-evaluation records it.
type Actual struct {
	ActualValue      *decimal.Decimal
	ActualLevel      *enums.QualitativeLevel
	DeviationReason  *string
	ClearActualValue *bool
}

// RecordActual records the actual value (完成值) of an indicator scored by an
// open evaluation, under the evaluation's lock: like a score, it moves the
// lock on and clears the stale total.
func (w Evaluations) RecordActual(ctx context.Context, evaluationID, lockVersion, indicatorID int, in Actual) (*ent.Evaluation, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	ev, err := c.Evaluation.Get(ctx, evaluationID)
	if err != nil {
		return nil, err
	}
	if err := allowEvaluation(ctx, ev, enums.EvaluationActionScore); err != nil {
		return nil, err
	}
	n, err := c.ScoreItem.Query().Where(scoreitem.EvaluationID(evaluationID), scoreitem.IndicatorID(indicatorID)).Count(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, fail.Missing("indicatorID", "本评价所评的指标", "indicator scored by this evaluation", indicatorID)
	}
	if err := touch(ctx, c, ev, lockVersion); err != nil {
		return nil, err
	}
	u := c.Indicator.UpdateOneID(indicatorID)
	if in.ActualValue != nil {
		u.SetActualValue(*in.ActualValue)
	} else if in.ClearActualValue != nil && *in.ClearActualValue {
		u.ClearActualValue()
	}
	if in.ActualLevel != nil {
		u.SetActualLevel(*in.ActualLevel)
	}
	if in.DeviationReason != nil {
		u.SetDeviationReason(strings.TrimSpace(*in.DeviationReason))
	}
	if err := u.Exec(ctx); err != nil {
		return nil, err
	}
	return c.Evaluation.Get(ctx, evaluationID)
}

// reweigh gives a stored scheme tree the points of another layout of the same
// shape (a what-if under other category points); a different shape is left as stored.
func reweigh(stored *rules.Item, layout rules.Item) {
	if len(stored.Children) != len(layout.Children) {
		return
	}
	total := decimal.Zero
	for i := range stored.Children {
		stored.Children[i].Points = layout.Children[i].Points
		reweigh(&stored.Children[i], layout.Children[i])
		total = total.Add(stored.Children[i].Points)
	}
	if stored.Method == rules.MethodComposite {
		stored.Points = total
	}
}
