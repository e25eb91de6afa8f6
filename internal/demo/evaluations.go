package demo

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent/budgetlink"
	"jixiao/ent/evaluation"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// evalTimes: when an evaluation of year y reached each status.
type evalTimes struct{ created, updated, published time.Time }

func (g *gen) evalTimes(y int, status evaluation.Status) evalTimes {
	r := g.r
	t := evalTimes{created: at(y+1, r.between(2, 3), r.between(1, 28), r.between(9, 17), r.between(0, 59))}
	steps := map[evaluation.Status]int{evaluation.StatusPlanned: 0, evaluation.StatusInProgress: 1, evaluation.StatusSubmitted: 2,
		evaluation.StatusReviewed: 3, evaluation.StatusPublished: 4}[status]
	t.updated = t.created.Add(time.Duration(steps*r.between(15, 35)) * 24 * time.Hour)
	if t.updated.After(AsOf) {
		t.updated = AsOf.Add(-72 * time.Hour)
	}
	if status == evaluation.StatusPublished {
		t.published = t.updated
	}
	return t
}

func evalLock(status evaluation.Status) int64 {
	return map[evaluation.Status]int64{evaluation.StatusPlanned: 0, evaluation.StatusInProgress: 1, evaluation.StatusSubmitted: 2,
		evaluation.StatusReviewed: 3, evaluation.StatusPublished: 4}[status]
}

// scored tells whether an evaluation in this status has its scores.
func scored(status evaluation.Status) bool {
	return status != evaluation.StatusPlanned && status != evaluation.StatusInProgress
}

type itemRow struct {
	id, parent    int
	level         int
	name          string
	weight        decimal.Decimal
	method        scoreitem.Method
	inputs        map[string]string
	score         *decimal.Decimal
	explanation   string
	explanationEN string
	indicatorID   int
	sort          int
}

func (g *gen) writeItem(it *itemRow, evalID, deptID int, when time.Time) {
	var inputs any
	if it.inputs != nil {
		inputs = jsonText(it.inputs)
	}
	g.cur.add(tScoreItems, int64(it.id), when, when, it.name, int64(it.level), it.weight.String(), string(it.method), inputs,
		nullDec(it.score), nullStr(it.explanation), nullStr(it.explanationEN), int64(it.sort), int64(evalID), nullInt(it.parent), nullInt(it.indicatorID), int64(deptID))
}

// ---- 单位自评 (SELF): execution 10, output 50, effect 30, satisfaction 10 ----

// selfEvaluation scores a closed year of a project with the 单位自评 scheme of
// package rules (budget execution 10 points; 产出 with 成本 50, 效益 30,
// 满意度 10, split among the target's indicators by their weights; 满意度's
// points go to 效益 when there is no satisfaction indicator) and writes the
// evaluation with its score items: level 1 the scheme's items, level 2 the
// indicators.
func (g *gen) selfEvaluation(p *proj, y int, tv *targetPlan, paid, budget int64) {
	r := g.r
	if budget <= 0 {
		return
	}
	status := evaluation.StatusPublished
	if y == runningYear-1 {
		status = []evaluation.Status{evaluation.StatusSubmitted, evaluation.StatusReviewed, evaluation.StatusPublished}[r.weighted(0.2, 0.3, 0.5)]
	} else if r.chance(0.15) {
		status = evaluation.StatusReviewed
	}
	times := g.evalTimes(y, status)
	evalID := g.id(tEvaluations)

	in := rules.SelfEvalInput{Paid: yuanDec(paid), Budget: yuanDec(budget)}
	for _, ind := range tv.inds {
		if ind.tp.qualitative() && ind.level != "" {
			rate := g.levelRate(ind.level)
			ind.levelRate = &rate
		}
		w := ind.weight
		in.Indicators = append(in.Indicators, rules.SelfEvalIndicator{Name: ind.tp.name,
			Category: ind.tp.category(), Indicator: ruleIndicator(ind), Weight: &w})
	}
	res := must(rules.PreviewSelfEvaluation(params, in))

	// The scheme's level-1 items and, under each category, its indicators in
	// input order (a category groups its members in input order).
	var problems []string
	missing := 0
	for i, l1 := range res.Scheme.Root.Children {
		it := g.itemFrom(l1, 0, 1, i+1, 0)
		items := []*itemRow{it}
		var members []*indicatorPlan
		for _, ind := range tv.inds {
			if categoryGroup(ind.tp.category()) == l1.Code {
				members = append(members, ind)
			}
		}
		for k, l2 := range l1.Children {
			ind := members[k]
			items = append(items, g.itemFrom(l2, it.id, 2, k+1, ind.id))
			switch {
			case slices.Contains(l2.Flags, rules.FlagMissingActual):
				missing++
				problems = append(problems, fmt.Sprintf("指标“%s”未填报完成值，佐证材料不足", ind.tp.name))
			case slices.Contains(l2.Flags, rules.FlagOverAchieved):
				problems = append(problems, fmt.Sprintf("指标“%s”超额完成（完成值%s，目标值%s），目标设置偏保守", ind.tp.name, ind.actual, ind.target))
			// Below the qualitative "achieved" share of its points: not reached.
			case l2.Score.LessThan(l2.Points.Mul(params.QualitativeAchievedMin)):
				problems = append(problems, fmt.Sprintf("指标“%s”未达到年度目标", ind.tp.name))
			}
		}
		if l1.Code == rules.CodeExecution && len(res.Flags) > 0 {
			it.inputs["flags"] = strings.Join(res.Flags, ",")
		}
		for _, it := range items {
			g.writeItem(it, evalID, p.d.id, times.created)
		}
	}

	grade := res.Grade
	rate := decimal.NewFromInt(paid).Div(decimal.NewFromInt(budget))
	findings, recs := selfFindings(rate, res.Flags, problems)
	var nOut, nEff, nSat int
	for _, ind := range tv.inds {
		switch categoryGroup(ind.tp.category()) {
		case string(enums.IndicatorCategoryOutput):
			nOut++
		case string(enums.IndicatorCategoryEffect):
			nEff++
		default:
			nSat++
		}
	}
	report := fmt.Sprintf("%d年度，%s调整后预算%s万元，全年支出%s万元，预算执行率%s%%。项目共设置绩效指标%d项，其中产出指标%d项、效益指标%d项、满意度指标%d项。经单位自评，得分%s分，评价等级为“%s”。",
		y, p.name, wan(budget), wan(paid), rate.Mul(hundred).StringFixed(2), len(tv.inds), nOut, nEff, nSat, res.Total.StringFixed(2), gradeZH[grade])
	g.cur.add(tEvaluations, int64(evalID), times.created, times.updated, evalLock(status), int64(y), string(evaluation.KindSelf), "SELF",
		string(status), res.Total.StringFixed(2), string(grade), findings, recs, report, nullTime(times.published),
		int64(p.id), int64(p.d.id), nil, int64(g.ruleSetID), nil)

	// 结果应用: budget links for weak and strong results; rectification of problems.
	g.applyResult(evalID, p.d.id, y, grade, budget, status, times)
	if (grade == enums.GradeFair || grade == enums.GradePoor || missing > 0) && r.chance(0.7) {
		g.rectification(p.d.id, evalID, 0, p.name+"："+strings.Join(firstN(problems, 2), "；")+"。",
			"针对自评发现的问题制定整改措施，完善项目管理制度和绩效指标体系，补充完善佐证材料。", times.updated)
	}
}

// categoryGroup is the self-evaluation group of an indicator category: 成本
// shares the 产出 points.
func categoryGroup(c enums.IndicatorCategory) string {
	if c == enums.IndicatorCategoryCost && params.CostSharesOutput {
		return string(enums.IndicatorCategoryOutput)
	}
	return string(c)
}

// levelRate is the share of the points a scorer gives a qualitative level,
// inside the level's band.
func (g *gen) levelRate(level enums.QualitativeLevel) decimal.Decimal {
	var share float64
	switch level {
	case enums.QualitativeLevelAchieved:
		share = g.r.uniform(0.85, 1.0)
		if g.r.chance(0.4) {
			share = 1
		}
	case enums.QualitativeLevelPartlyAchieved:
		share = g.r.uniform(0.62, 0.78)
	default:
		share = g.r.uniform(0.2, 0.55)
	}
	return dec(share, 2)
}

// itemFrom is a score item from a scored scheme node.
func (g *gen) itemFrom(res rules.ItemResult, parent, level, sort, indicatorID int) *itemRow {
	s := res.Score
	return &itemRow{id: g.id(tScoreItems), parent: parent, level: level, name: res.Name, weight: res.Points,
		method: scoreitem.Method(res.Method), inputs: res.Explanation.InputMap(), score: &s,
		explanation: res.Explanation.ZH, explanationEN: res.Explanation.EN, indicatorID: indicatorID, sort: sort}
}

func firstN(xs []string, n int) []string {
	if len(xs) > n {
		return xs[:n]
	}
	if len(xs) == 0 {
		return []string{"绩效目标完成情况不理想"}
	}
	return xs
}

func selfFindings(rate decimal.Decimal, flags, problems []string) (string, string) {
	var f, s []string
	for _, fl := range flags {
		switch fl {
		case "HIGH_SCORE_LOW_SPENDING":
			f = append(f, "指标得分率明显高于预算执行率，存在“高分低支”现象")
		case "UNDERSPENT":
			f = append(f, fmt.Sprintf("预算执行率为%s%%，超过20%%的预算未支出，资金使用效率不高", rate.Mul(hundred).StringFixed(2)))
		}
	}
	f = append(f, firstN(problems, 3)...)
	if len(problems) == 0 && len(flags) == 0 {
		return "项目资金管理规范，绩效目标基本完成，未发现重大问题。", "继续加强项目全过程绩效管理，进一步提升资金使用效益。"
	}
	s = append(s, "科学合理设置绩效目标，细化量化绩效指标")
	if len(flags) > 0 {
		s = append(s, "加快预算执行进度，对结余资金及时按规定收回统筹")
	}
	s = append(s, "加强绩效运行监控，及时纠正偏差，完善佐证材料")
	return strings.Join(f, "；") + "。", strings.Join(s, "；") + "。"
}

// applyResult links a scored evaluation to next year's budget (结果应用):
// 差 → cut, 中 → cut a little or keep, 优 → sometimes increase.
func (g *gen) applyResult(evalID, deptID, y int, grade enums.Grade, budget int64, status evaluation.Status, times evalTimes) {
	r := g.r
	if !scored(status) {
		return
	}
	var suggestion budgetlink.Suggestion
	var pct float64
	var note string
	switch grade {
	case enums.GradePoor:
		suggestion, pct, note = budgetlink.SuggestionCut, float64(r.between(20, 50)), "评价等级为“差”，按规定压减下年度预算，并在全市通报。"
	case enums.GradeFair:
		if r.chance(0.6) {
			suggestion, pct, note = budgetlink.SuggestionCut, float64(r.between(5, 20)), "评价等级为“中”，适当压减下年度预算规模。"
		} else {
			suggestion, note = budgetlink.SuggestionKeep, "评价等级为“中”，下年度预算原则上不增加，督促整改。"
		}
	case enums.GradeExcellent:
		if !r.chance(0.12) {
			return
		}
		suggestion, pct, note = budgetlink.SuggestionIncrease, float64(r.between(5, 15)), "评价等级为“优”，绩效突出，下年度优先保障并适当增加预算。"
	default:
		if !r.chance(0.05) {
			return
		}
		suggestion, note = budgetlink.SuggestionKeep, "评价等级为“良”，下年度预算保持现有规模。"
	}
	var amount, percent any
	if pct > 0 {
		percent = decimal.NewFromFloat(pct).String()
		if budget > 0 {
			amount = int64(float64(budget)*pct/100/10000) * 10000
		}
	}
	published := status == evaluation.StatusPublished
	id := g.id(tBudgetLinks)
	when := times.updated
	g.cur.add(tBudgetLinks, int64(id), when, when, int64(y+1), string(suggestion), amount, percent,
		grade == enums.GradePoor || (grade == enums.GradeFair && r.chance(0.3)), published, grade == enums.GradePoor && r.chance(0.3),
		note, int64(evalID), int64(deptID))
}

// ---- 财政重点评价 / 第三方评价 / 部门整体: the rules' scheme templates ----

type keyEval struct {
	dept         *dept
	p            *proj // nil: the whole department
	year         int
	kind         evaluation.Kind
	scheme       string
	status       evaluation.Status
	template     rules.Item
	quality      float64 // 0..1: how well it went
	subject      string
	paid, budget int64
	agencyID     int
	schemeID     int // made from a stored scheme version (评价方案), 0 for none
}

func (g *gen) projectKeyEvaluation(p *proj, y int, kind evaluation.Kind, paid, budget int64) {
	r := g.r
	status := evaluation.StatusPublished
	if y == runningYear-1 {
		status = cycle(g, "key status "+string(kind), evaluation.StatusPublished, evaluation.StatusInProgress, evaluation.StatusSubmitted,
			evaluation.StatusPlanned, evaluation.StatusReviewed)
	} else if r.chance(0.2) {
		status = evaluation.StatusReviewed
	}
	quality := r.uniform(0.78, 0.98)
	if p.perf != perfNormal {
		quality = r.uniform(0.5, 0.82)
	}
	ke := keyEval{dept: p.d, p: p, year: y, kind: kind, scheme: "PROJECT_KEY", status: status, template: rules.KeyEvaluationTemplate(),
		quality: quality, subject: p.name, paid: paid, budget: budget}
	if kind == evaluation.KindThirdParty {
		// The first and then half of the rest go to the first agency, whose
		// demo user is "evaluator".
		g.thirdParty++
		ke.agencyID = g.agencies[0].id
		if g.thirdParty > 1 && r.chance(0.5) {
			ke.agencyID = pick(r, g.agencies).id
		}
		// Third-party evaluations are made from the published 50/50 period scheme.
		ke.scheme, ke.schemeID, ke.template = periodSchemeCode, g.schemeID, periodSchemeDef().Layout("项目支出年中/年末综合评价")
	}
	g.keyEvaluation(ke)
}

var keyFindings = []string{
	"部分绩效指标设置不够细化量化，难以全面反映项目实施效果",
	"项目资金支付进度滞后，年底集中支付现象较为明显",
	"项目管理制度执行不到位，部分合同和验收资料不完整",
	"成本控制意识不强，部分支出测算依据不充分",
	"项目建成后管护责任未完全落实，长效管护机制有待健全",
	"满意度调查样本量偏少，调查方法有待规范",
}

var keyRecommendations = []string{
	"完善绩效目标设置，做到指标清晰、量化、可考核",
	"加快预算执行，建立资金支付进度台账",
	"健全项目管理制度，规范合同、验收和档案管理",
	"加强成本核算，严格执行预算支出标准",
	"落实管护主体和经费，确保项目持续发挥效益",
}

// fill gives a template's leaves their inputs: the experts' marks (MANUAL),
// the execution figures (EXECUTION_RATE) and a satisfaction survey (SURVEY).
func (g *gen) fill(it *rules.Item, ke *keyEval, marks map[*rules.Item]string) {
	r := g.r
	if len(it.Children) > 0 {
		for i := range it.Children {
			g.fill(&it.Children[i], ke, marks)
		}
		return
	}
	if it.Method == rules.MethodExecutionRate && ke.budget <= 0 {
		it.Method = rules.MethodManual // no budget figures: the experts judge it
	}
	if it.Method == rules.MethodData && ke.p == nil {
		// Department-wide items read the department's own data, as the
		// workflow computes them; without data the experts' marks count.
		if d, ok := g.facts.data(ke.dept.id, ke.year)[it.Code]; ok {
			it.Data = d
			return
		}
	}
	switch it.Method {
	case rules.MethodExecutionRate:
		it.Execution = &rules.Execution{Paid: yuanDec(ke.paid), Budget: yuanDec(ke.budget)}
	case rules.MethodSurvey:
		rate := dec(min(0.99, ke.quality+r.uniform(-0.03, 0.08)), 4)
		it.Survey = &rules.Survey{Rate: rate}
	default:
		q := max(0, min(1, ke.quality+r.uniform(-0.12, 0.08)))
		m, mean := expertScores(r, it.Points, q)
		s := round2(mean)
		it.Manual, marks[it] = &s, m
	}
}

func (g *gen) keyEvaluation(ke keyEval) int {
	r := g.r
	times := g.evalTimes(ke.year, ke.status)
	evalID := g.id(tEvaluations)
	withScores := scored(ke.status)
	root := ke.template
	var res rules.SchemeResult
	marks := map[*rules.Item]string{}
	if withScores {
		g.fill(&root, &ke, marks)
		res = must(rules.ScoreScheme(params, root))
	}
	// Items: the root's children at level 1, theirs at 2 and 3.
	var walk func(items []rules.Item, results []rules.ItemResult, parent, level int)
	walk = func(items []rules.Item, results []rules.ItemResult, parent, level int) {
		for i := range items {
			it := &items[i]
			row := &itemRow{id: g.id(tScoreItems), parent: parent, level: min(level, 3), name: it.Name, weight: it.Points,
				method: scoreitem.Method(it.Method), sort: i + 1}
			var sub []rules.ItemResult
			if withScores {
				res := results[i]
				s := res.Score
				row.score, row.explanation, row.explanationEN, row.inputs = &s, res.Explanation.ZH, res.Explanation.EN, res.Explanation.InputMap()
				if it.Manual != nil { // the points given, where the workflow reads them (what-if, recompute)
					row.inputs["score"] = it.Manual.String()
				}
				if m, ok := marks[it]; ok {
					row.inputs["expertScores"] = m
					row.explanation = "专家组三位专家打分（" + m + "）的平均分：" + row.explanation
					row.explanationEN = "the mean of three experts' marks (" + m + "): " + row.explanationEN
				}
				sub = res.Children
			}
			if it.Method == rules.MethodData { // the metric it reads when computed (运行成本 …)
				if row.inputs == nil {
					row.inputs = map[string]string{}
				}
				row.inputs["metric"] = it.Code
			}
			g.writeItem(row, evalID, ke.dept.id, times.created)
			walk(it.Children, sub, row.id, level+1)
		}
	}
	var results []rules.ItemResult
	if withScores {
		results = res.Root.Children
	}
	walk(root.Children, results, 0, 1)

	var totalScore, grade any
	var gr enums.Grade
	findings := strings.Join([]string{pick(r, keyFindings), pick(r, keyFindings)}, "；") + "。"
	recs := strings.Join([]string{pick(r, keyRecommendations), pick(r, keyRecommendations)}, "；") + "。"
	kindZH := map[evaluation.Kind]string{evaluation.KindFinanceKey: "财政重点评价", evaluation.KindThirdParty: "第三方评价"}[ke.kind]
	report := fmt.Sprintf("受财政局委托，对%s%d年度绩效情况开展%s。", ke.subject, ke.year, kindZH)
	if withScores {
		totalScore = res.Total.StringFixed(2)
		gr = res.Grade
		grade = string(gr)
		report += fmt.Sprintf("评价组通过资料审核、现场核查和满意度调查，综合评分%s分，评价等级为“%s”。", res.Total.StringFixed(2), gradeZH[gr])
	} else {
		findings, recs = "", ""
		report += "评价工作正在组织实施。"
	}
	var projectID any
	if ke.p != nil {
		projectID = int64(ke.p.id)
	}
	g.cur.add(tEvaluations, int64(evalID), times.created, times.updated, evalLock(ke.status), int64(ke.year), string(ke.kind), ke.scheme,
		string(ke.status), totalScore, grade, nullStr(findings), nullStr(recs), report, nullTime(times.published),
		projectID, int64(ke.dept.id), nullInt(ke.agencyID), int64(g.ruleSetID), nullInt(ke.schemeID))
	for _, e := range g.pickExperts(3, ke.agencyID) {
		g.cur.add(tEvaluationExperts, int64(evalID), int64(e))
	}
	if withScores {
		g.applyResult(evalID, ke.dept.id, ke.year, gr, ke.budget, ke.status, times)
		if ke.status == evaluation.StatusReviewed || ke.status == evaluation.StatusPublished {
			for i := range r.between(1, 2) {
				g.rectification(ke.dept.id, evalID, 0, ke.subject+"："+keyFindings[(evalID+i)%len(keyFindings)]+"。",
					keyRecommendations[(evalID+i)%len(keyRecommendations)]+"，按期报送整改情况。", times.updated)
			}
		}
	}
	return evalID
}

// expertScores: three experts' marks around q × w (one decimal, within
// [0, w]) and their mean, which is the item's score.
func expertScores(r rng, w decimal.Decimal, q float64) (string, decimal.Decimal) {
	parts := make([]string, 3)
	sum := zero
	for i := range parts {
		v := max(0, min(1, q+r.uniform(-0.05, 0.05)))
		mark := w.Mul(dec(v, 2)).Truncate(1)
		sum = sum.Add(mark)
		parts[i] = mark.StringFixed(1)
	}
	return strings.Join(parts, ","), sum.Div(decimal.NewFromInt(3))
}
