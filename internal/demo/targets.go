package demo

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent/indicator"
	"jixiao/ent/review"
	"jixiao/ent/target"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// indicatorPlan is one indicator of a target version.
type indicatorPlan struct {
	id        int
	tp        *tmpl
	weight    decimal.Decimal
	sort      int
	target    decimal.Decimal // quantitative target value
	baseline  *decimal.Decimal
	stdValue  *decimal.Decimal
	standard  indicator.Standard
	linked    bool // refers to the library template
	actual    *decimal.Decimal
	level     enums.QualitativeLevel // actual level of a qualitative indicator
	levelRate *decimal.Decimal       // the self-evaluation's share of the points for that level
	evidence  []string
	deviation string
}

func (ind *indicatorPlan) clone() *indicatorPlan {
	c := *ind
	c.id, c.actual, c.level, c.levelRate, c.evidence, c.deviation = 0, nil, "", nil, nil, ""
	return &c
}

// targetPlan is one version of a target.
type targetPlan struct {
	id      int
	version int
	status  target.Status
	inds    []*indicatorPlan
}

// yearTargets are the versions of a project's annual target: v1 and, after
// a mid-year adjustment (年中调整), v2 in force from adjMonth.
type yearTargets struct {
	versions []*targetPlan
	adjMonth int // month v2 came into force (0: v1 stayed in force)
}

func (yt *yearTargets) final() *targetPlan { return yt.at(12) }

// at is the version in force at the end of month m.
func (yt *yearTargets) at(m int) *targetPlan {
	if yt.adjMonth > 0 && m >= yt.adjMonth {
		return yt.versions[1]
	}
	return yt.versions[0]
}

var returnComments = map[string]string{
	rules.CheckNotBelowHistory:       "部分指标值低于近三年历史水平，目标设置偏保守，请对照历史数据重新测算后再报。",
	rules.CheckQuantTargetAndUnit:    "绩效指标不够细化量化，部分指标缺少指标值或计量单位，请按“清晰、量化、可行、易考核”的要求修改。",
	rules.CheckWeightsSum:            "指标分值设置不合理，合计不等于90分，请调整后再报。",
	rules.CheckAssessmentNotRejected: "项目事前绩效评估结论为“不予支持”，不安排预算，绩效目标退回。",
}

var approveComments = []string{
	"绩效目标与项目内容相关，指标设置清晰量化，同意批复。",
	"目标明确，指标可衡量、可考核，与预算资金匹配，同意。",
	"经审核，绩效目标符合要求，随预算一并批复。",
	"指标体系较完整，建议执行中加强监控，同意批复。",
}

// review writes a finance reviewer's decision on a target version, with the
// automatic checks of that moment (JSON, see reviewChecks).
func (g *gen) review(targetID, deptID int, decision review.Decision, grade enums.Grade, comments string, when time.Time, checks string) {
	id := g.id(tReviews)
	var gr any
	if grade != "" {
		gr = string(grade)
	}
	g.cur.add(tReviews, int64(id), when, when, string(decision), gr, comments, checks, int64(targetID),
		int64(pick(g.r, g.reviewers)), int64(deptID))
}

// targetValueFor gives a template's target value for a budget in fen.
func (g *gen) targetValueFor(tp *tmpl, budgetFen int64) decimal.Decimal {
	if tp.qualitative() {
		return zero
	}
	v := g.templateValue(tp, math.Max(float64(budgetFen)/100, 1e5))
	d := dec(v, tp.places)
	if tp.cmp == gte && tp.lo > 0 && !d.IsPositive() {
		d = decimal.New(1, -tp.places)
	}
	return d
}

// indicatorsFor builds a project target's indicators: the kind's output,
// effect and satisfaction indicators, weights summing to 90.
func (g *gen) indicatorsFor(p *proj, budget int64) []*indicatorPlan {
	r := g.r
	var out, eff []*tmpl
	for _, c := range p.k.out {
		out = append(out, tpl(c))
	}
	for _, c := range p.k.eff {
		eff = append(eff, tpl(c))
	}
	// Common indicators most targets add (共性指标).
	extra := func(list []*tmpl, chance float64, codes ...string) []*tmpl {
		if !r.chance(chance) {
			return list
		}
		c := tpl(pick(r, codes))
		if slices.Contains(list, c) {
			return list
		}
		return append(list, c)
	}
	out = extra(out, 0.6, "GX007", "GX009", "GX008", "GX004")
	eff = extra(eff, 0.4, "GX016", "GX017", "GX014", "GX015")
	var sat *tmpl
	if p.k.sat != "" && (p.public || r.chance(0.6)) {
		sat = tpl(p.k.sat)
	}
	// Category points: usually the self-evaluation scheme's 50/30/10.
	po, pe, ps := 50, 30, 10
	if sat == nil {
		po, pe, ps = 50, 40, 0
		if r.chance(0.3) {
			po, pe = 60, 30
		}
	} else if r.chance(0.3) {
		alt := [][3]int{{45, 35, 10}, {40, 40, 10}, {55, 25, 10}, {50, 35, 5}, {50, 25, 15}}
		c := pick(r, alt)
		po, pe, ps = c[0], c[1], c[2]
	}
	var inds []*indicatorPlan
	add := func(tps []*tmpl, points int) {
		ws := g.splitPoints(points, len(tps))
		for i, tp := range tps {
			inds = append(inds, g.newIndicator(tp, ws[i], budget, len(inds)+1))
		}
	}
	add(out, po)
	add(eff, pe)
	if sat != nil {
		add([]*tmpl{sat}, ps)
	}
	return inds
}

// splitPoints splits integer points into n positive integer weights.
func (g *gen) splitPoints(points, n int) []int {
	ws := make([]int, n)
	if n == 0 {
		return ws
	}
	raw := make([]float64, n)
	sum := 0.0
	for i := range raw {
		raw[i] = g.r.uniform(0.7, 1.3)
		sum += raw[i]
	}
	total := 0
	for i := range ws {
		ws[i] = max(1, int(math.Round(raw[i]/sum*float64(points))))
		total += ws[i]
	}
	// Fix the rounding on the largest weight.
	big := 0
	for i := range ws {
		if ws[i] > ws[big] {
			big = i
		}
	}
	ws[big] += points - total
	return ws
}

func (g *gen) newIndicator(tp *tmpl, weight int, budget int64, sort int) *indicatorPlan {
	r := g.r
	ind := &indicatorPlan{tp: tp, weight: decInt(int64(weight)), sort: sort, linked: r.chance(0.85), standard: indicator.StandardPlan}
	ind.target = g.targetValueFor(tp, budget)
	if tp.qualitative() {
		return ind
	}
	isCost := tp.sub == enums.SubcategoryOutputCost || tp.category() == enums.IndicatorCategoryCost
	switch {
	case isCost && ind.target.IsPositive():
		ind.standard = indicator.StandardBudgetStandard
		s := dec(ind.target.InexactFloat64()*r.uniform(1.0, 1.2), tp.places)
		ind.stdValue = &s
	case r.chance(0.5) && ind.target.IsPositive():
		ind.standard = indicator.StandardHistory
		f := r.uniform(0.85, 1.0)
		if tp.reverse() {
			f = r.uniform(1.0, 1.15)
		}
		b := dec(ind.target.InexactFloat64()*f, tp.places)
		if tp.percent() && b.GreaterThan(hundred) {
			b = hundred
		}
		ind.baseline = &b
	case tp.percent() && r.chance(0.3):
		ind.standard = indicator.StandardIndustry
	}
	return ind
}

// Deviation reasons (偏差原因) and their category (monitoring's reason enum).
var deviationReasons = []struct{ reason, text string }{
	{"FUNDING", "上级资金下达较晚，配套资金未及时到位，影响项目实施进度"},
	{"INSTITUTIONAL", "项目审批和招标采购程序耗时较长，合同签订推迟"},
	{"STAFFING", "项目实施单位专业技术人员不足，组织实施力量薄弱"},
	{"HARDWARE", "受施工条件和场地限制，部分建设内容未能按计划推进"},
	{"POLICY_CHANGE", "受上级政策调整影响，实施方案需重新论证"},
	{"EMERGENCY", "受汛期强降雨等极端天气影响，施工阶段性暂停"},
	{"OTHER", "前期工作准备不充分，项目开工时间推迟"},
}

// actual fills a closed year's actual value: mostly met, some short, a few
// missing, some over-achieved (≥ 1.3 × target, with a deviation reason).
func (g *gen) actual(ind *indicatorPlan, pf perf) {
	r := g.r
	tp := ind.tp
	missing := 0.03
	if pf != perfNormal {
		missing = 0.06
	}
	if !tp.qualitative() && r.chance(missing) {
		return // 未填报完成值
	}
	ind.evidence = g.evidence(tp)
	if tp.qualitative() {
		x := r.Float64()
		switch {
		case pf == perfNormal && x < 0.9, pf != perfNormal && x < 0.45:
			ind.level = enums.QualitativeLevelAchieved
		case pf == perfNormal || x < 0.9:
			ind.level = enums.QualitativeLevelPartlyAchieved
			ind.deviation = pick(r, deviationReasons).text + "，预期效果尚未完全显现。"
		default:
			ind.level = enums.QualitativeLevelNotAchieved
			ind.deviation = pick(r, deviationReasons).text + "，未达到预期效果。"
		}
		return
	}
	t := ind.target.InexactFloat64()
	var a float64
	switch {
	case tp.reverse():
		if t == 0 {
			if pf != perfNormal && r.chance(0.15) {
				a = 1
			}
			break
		}
		a = t * r.uniform(0.75, 1.0)
		if pf != perfNormal {
			a = t * r.uniform(0.9, 1.45)
		}
	case tp.cmp == eq:
		a = t
		if r.chance(0.1) {
			a = t * r.uniform(0.95, 0.999)
		}
	default:
		switch x := r.Float64(); {
		case pf == perfStopped:
			a = t * r.uniform(0.2, 0.6)
		case pf == perfSlow:
			a = t * r.uniform(0.55, 0.98)
		case x < 0.05 && !tp.percent():
			a = t * r.uniform(1.3, 1.6) // 超额完成
		case x < 0.25:
			a = t * r.uniform(0.82, 1.0)
		default:
			a = t * r.uniform(1.0, 1.12)
		}
		if tp.percent() {
			a = min(a, 100)
			if t >= 100 && a < t && pf == perfNormal {
				a = t
			}
		}
	}
	v := dec(a, max(tp.places, 0))
	if !tp.percent() && tp.places == 0 && a > 0 && a < 1 {
		v = one
	}
	ind.actual = &v
	switch {
	case !tp.reverse() && t > 0 && v.InexactFloat64() >= t*params.OverAchievementFactor.InexactFloat64():
		ind.deviation = "年度内追加实施任务、覆盖范围扩大，实际完成量超出年初目标。"
	case !tp.reverse() && t > 0 && v.InexactFloat64() < t*0.8:
		ind.deviation = pick(r, deviationReasons).text + "，指标未完成。"
	case tp.reverse() && v.InexactFloat64() > t*1.2:
		ind.deviation = pick(r, deviationReasons).text + "，实际值超出控制目标。"
	}
}

var evidenceFiles = []string{"项目验收报告.pdf", "资金支付凭证汇总表.xlsx", "工作台账.xlsx", "满意度调查报告.pdf", "现场照片.zip",
	"培训签到表.pdf", "第三方检测报告.pdf", "项目总结报告.docx", "发放花名册.xlsx"}

func (g *gen) evidence(tp *tmpl) []string {
	n := g.r.between(1, 3)
	out := make([]string, 0, n)
	for range n {
		f := pick(g.r, evidenceFiles)
		if !strings.Contains(strings.Join(out, ","), f) {
			out = append(out, f)
		}
	}
	return out
}

// writeIndicator writes an indicator row; updated is when its actual value
// was reported (zero: never).
func (g *gen) writeIndicator(ind *indicatorPlan, targetID, deptID int, created, reported time.Time) {
	ind.id = g.id(tIndicators)
	tp := ind.tp
	updated := created
	if ind.actual != nil || ind.level != "" {
		if !reported.IsZero() {
			updated = reported
		}
	}
	var targetValue, targetText, level, evidence, templateID any
	if tp.qualitative() {
		targetText = tp.text
	} else {
		targetValue = ind.target.String()
	}
	if ind.level != "" {
		level = string(ind.level)
	}
	if ind.evidence != nil {
		evidence = jsonText(ind.evidence)
	}
	if ind.linked {
		templateID = int64(g.templateIDs[tp.code])
	}
	g.cur.add(tIndicators, int64(ind.id), created, updated, string(tp.category()), string(tp.sub), tp.name, string(tp.cmp),
		targetValue, targetText, nullStr(tp.unit), ind.weight.String(), string(ind.standard), nullDec(ind.baseline),
		nullDec(ind.stdValue), nullDec(ind.actual), level, evidence, nullStr(ind.deviation), int64(ind.sort),
		int64(targetID), templateID, int64(deptID))
}

var cmpSymbol = map[enums.Comparator]string{gte: "≥", gt: ">", eq: "=", lte: "≤", enums.ComparatorLt: "<"}

// phrase is an indicator as the goal text states it: 培训人次≥5000人次.
func (ind *indicatorPlan) phrase() string {
	if ind.tp.qualitative() {
		return ind.tp.text
	}
	return ind.tp.name + cmpSymbol[ind.tp.cmp] + ind.target.String() + ind.tp.unit
}

func projectGoal(p *proj, y int, inds []*indicatorPlan) string {
	var parts []string
	for _, ind := range inds {
		if len(parts) == 3 {
			break
		}
		parts = append(parts, ind.phrase())
	}
	return fmt.Sprintf("%d年，通过实施%s，%s。主要目标：%s；确保资金使用规范、项目按期保质完成。", y, p.base, p.k.goal, strings.Join(parts, "，"))
}

// annualTarget writes the year's target versions with their indicators and
// reviews: declared with the budget in the autumn before, reviewed (returned
// once in a while), approved in January; sometimes adjusted mid-year (the old
// version SUPERSEDED), or, in the running year, with an adjustment pending.
// budget is the year's budget, allocated what the project's allocations of
// the year come to (adjusted budget): every version requests the larger of
// the two (三同步: the allocations never exceed the request, so BUDGET_SYNC
// passes), and an approved version records that amount as approved.
func (g *gen) annualTarget(p *proj, y int, budget, allocated int64) *yearTargets {
	r := g.r
	d := p.d
	declared := at(y-1, r.between(10, 12), r.between(1, 28), r.between(9, 17), r.between(0, 59))
	approved := at(y, 1, r.between(10, 28), r.between(9, 17), r.between(0, 59))
	if p.outcome == lateApproved {
		declared = at(y, 9, r.between(1, 25), 10, 0)
		approved = at(y, 10, r.between(8, 20), 15, 0)
	}
	closed := y < runningYear
	yt := &yearTargets{}
	v1 := &targetPlan{id: g.id(tTargets), version: 1, status: target.StatusApproved, inds: g.indicatorsFor(p, budget)}
	yt.versions = append(yt.versions, v1)
	returned := r.chance(0.15)
	lock := 2
	if returned {
		lock = 4
	}
	adjust := p.outcome == active && p.perf != perfStopped && g.every("adjust", 12)
	var v2 *targetPlan
	var adjAt time.Time
	if adjust {
		am := r.between(5, 9)
		adjAt = at(y, am, r.between(5, 25), 10, 0)
		v2 = &targetPlan{id: g.id(tTargets), version: 2, status: target.StatusApproved}
		if y == runningYear {
			// The running year's adjustments: some still open or under review.
			v2.status = cycle(g, "adjust 2026", target.StatusAdjusting, target.StatusApproved, target.StatusSubmitted, target.StatusApproved)
		}
		if v2.status != target.StatusApproved {
			lock++
		} else {
			yt.adjMonth = am
			v1.status = target.StatusSuperseded
			lock += 2
		}
		v2.inds = make([]*indicatorPlan, len(v1.inds))
		changed := 0
		for i, ind := range v1.inds {
			c := ind.clone()
			if changed < 2 && !c.tp.qualitative() && !c.tp.percent() && c.target.IsPositive() && r.chance(0.5) {
				c.target = dec(c.target.InexactFloat64()*r.uniform(0.8, 0.95), c.tp.places)
				if !c.target.IsPositive() {
					c.target = ind.target
				}
				changed++
			}
			v2.inds[i] = c
		}
		yt.versions = append(yt.versions, v2)
	}
	final := yt.final()
	if closed {
		for _, ind := range final.inds {
			g.actual(ind, p.perf)
		}
	}
	requested := max(budget, allocated)
	sync := budgetSync{requested: &requested, allocated: allocated}
	goal := projectGoal(p, y, v1.inds)
	v1Updated := approved
	if v1.status == target.StatusSuperseded {
		v1Updated = adjAt
	}
	g.cur.add(tTargets, int64(v1.id), declared, v1Updated, int64(lock), int64(y), string(target.TermAnnual), goal,
		string(v1.status), int64(1), int64(p.id), int64(d.id), nil, nullInt(d.submitter()),
		requested, requested) // v1 was approved (and may since be superseded)
	for _, ind := range v1.inds {
		g.writeIndicator(ind, v1.id, d.id, declared, actualTime(y))
	}
	if returned {
		failed := pick(r, []string{rules.CheckNotBelowHistory, rules.CheckQuantTargetAndUnit, rules.CheckWeightsSum})
		g.review(v1.id, d.id, review.DecisionReturn, enums.GradeFair, returnComments[failed], declared.Add(10*24*time.Hour),
			reviewChecks(p, v1.inds, failed, sync))
	}
	g.review(v1.id, d.id, review.DecisionApprove, pickGrade(r, 0.55), pick(r, approveComments), approved, reviewChecks(p, v1.inds, "", sync))

	if v2 != nil {
		reason := pick(r, deviationReasons)
		goal2 := goal + "（年中调整：" + reason.text + "，相应调整部分指标值。）"
		v2Lock := 2
		if v2.status != target.StatusApproved {
			v2Lock = 0
			if v2.status == target.StatusSubmitted {
				v2Lock = 1
			}
		}
		g.cur.add(tTargets, int64(v2.id), adjAt.Add(-7*24*time.Hour), adjAt, int64(v2Lock), int64(y), string(target.TermAnnual), goal2,
			string(v2.status), int64(2), int64(p.id), int64(d.id), int64(v1.id), nullInt(d.submitter()),
			requested, approvedAmount(v2.status, requested))
		for _, ind := range v2.inds {
			g.writeIndicator(ind, v2.id, d.id, adjAt.Add(-7*24*time.Hour), actualTime(y))
		}
		if v2.status == target.StatusApproved {
			g.review(v2.id, d.id, review.DecisionApprove, enums.GradeGood, "调整理由充分，调整后的指标值合理，同意调整。", adjAt, reviewChecks(p, v2.inds, "", sync))
		}
	}
	return yt
}

// midTermTarget: a multi-year project's mid-term target (中期目标) over its
// whole span, approved with its first year's budget. It requests (and is
// approved) the project's whole budget, which its first year's allocations
// (at most 60% of it, adjusted by at most a quarter) never exceed.
func (g *gen) midTermTarget(p *proj) {
	r := g.r
	declared := at(p.year-1, r.between(9, 11), r.between(1, 28), 10, 0)
	approved := at(p.year, 1, r.between(10, 28), 11, 0)
	id := g.id(tTargets)
	inds := g.indicatorsFor(p, p.budget)
	if p.end < runningYear {
		for _, ind := range inds {
			g.actual(ind, p.perf)
		}
	}
	goal := fmt.Sprintf("%d—%d年，%s：%s。", p.year, p.end, p.k.goal, strings.Join([]string{inds[0].phrase(), inds[len(inds)-1].phrase()}, "，"))
	g.cur.add(tTargets, int64(id), declared, approved, int64(2), int64(p.year), string(target.TermMidTerm), goal,
		string(target.StatusApproved), int64(1), int64(p.id), int64(p.d.id), nil, nullInt(p.d.submitter()),
		p.budget, p.budget)
	for _, ind := range inds {
		g.writeIndicator(ind, id, p.d.id, declared, actualTime(p.end))
	}
	g.review(id, p.d.id, review.DecisionApprove, pickGrade(r, 0.5), "中期绩效目标与项目实施周期匹配，同意批复。", approved, reviewChecks(p, inds, "", budgetSync{requested: &p.budget, allocated: p.firstYearBudget()}))
}

// unapprovedTarget: a reserve or rejected project's target, never approved:
// it requests its first year's budget, of which nothing is allocated.
func (g *gen) unapprovedTarget(p *proj, status target.Status) {
	r := g.r
	declared := at(p.year-1, r.between(10, 12), r.between(1, 28), 10, 0)
	id := g.id(tTargets)
	inds := g.indicatorsFor(p, p.budget)
	var submitter any
	lock := 1
	switch status {
	case target.StatusDraft:
		lock = 0
	case target.StatusReturned:
		lock = 2
	}
	if status != target.StatusDraft {
		submitter = nullInt(p.d.submitter())
	}
	updated := declared
	if status == target.StatusReturned {
		updated = declared.Add(12 * 24 * time.Hour)
	}
	g.cur.add(tTargets, int64(id), declared, updated, int64(lock), int64(p.year), string(target.TermAnnual), projectGoal(p, p.year, inds),
		string(status), int64(1), int64(p.id), int64(p.d.id), nil, submitter,
		p.firstYearBudget(), nil)
	for _, ind := range inds {
		g.writeIndicator(ind, id, p.d.id, declared, time.Time{})
	}
	if status == target.StatusReturned {
		failed := rules.CheckNotBelowHistory
		grade := enums.GradeFair
		if p.outcome == rejected {
			failed, grade = rules.CheckAssessmentNotRejected, enums.GradePoor
		}
		g.review(id, p.d.id, review.DecisionReturn, grade, returnComments[failed], updated, reviewChecks(p, inds, failed, budgetSync{requested: ptr(p.firstYearBudget())}))
	}
}

// approvedAmount is what a target version records as approved: the amount
// requested once it is approved, nothing before.
func approvedAmount(status target.Status, requested int64) any {
	if status == target.StatusApproved || status == target.StatusSuperseded {
		return requested
	}
	return nil
}

func ptr[T any](v T) *T { return &v }
