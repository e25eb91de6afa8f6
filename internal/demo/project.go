package demo

import (
	"fmt"
	"jixiao/internal/domain/rules"
	"math"
	"slices"
	"strings"
	"time"

	"jixiao/ent/assessment"
	"jixiao/ent/evaluation"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
)

// perf is how a project performs: it drives its payments, its indicators'
// progress and actual values, its warnings and its scores.
type perf int

const (
	perfNormal  perf = iota
	perfSlow         // executes late: yellow and red warnings, lower scores
	perfStopped      // stopped in the year (终止): the rest of the budget withdrawn
)

// outcome is where a project's life went.
type outcome int

const (
	active       outcome = iota
	rejected             // ex-ante assessment 不予支持: reserve, no budget
	reserve              // in the reserve (储备), target not yet approved
	lateApproved         // budget added in October 2026 (年中追加), nothing paid yet
)

type proj struct {
	id         int
	code, name string
	base       string // the name without place and year: 农村公路养护工程
	d          *dept
	k          *kind
	year, end  int
	budget     int64 // fen, the project's total budget (all years)
	key        bool
	public     bool
	perf       perf
	outcome    outcome
	stopMonth  int // stopped or suspended in this month of lastYear (0: neither)
	suspended  bool
	conclusion assessment.Conclusion
	funds      []fundPick
	warning    enums.WarningLevel // of the latest monitoring record
}

type fundPick struct {
	kind    string // general, govfund, bond, capital, other, central, province
	share   float64
	central bool
}

// lastYear is the last year with a budget (the running year at most).
func (p *proj) lastYear() int { return min(p.end, runningYear) }

func (g *gen) project(d *dept) {
	r := g.r
	kinds := profileKinds(d.profile)
	p := &proj{d: d, k: &kinds[r.IntN(len(kinds))]}
	p.year = firstYear + r.weighted(0.32, 0.33, 0.35)
	p.end = p.year
	if r.chance(p.k.multi) {
		p.end = min(p.year+r.between(1, 2), runningYear+1)
	}
	scale := 1.0
	if d.county != nil {
		scale = 0.6
	}
	b := r.logUniform(p.k.lo/4, p.k.hi) * scale * float64(p.end-p.year+1) * 0.8
	if b >= 1e6 {
		b = math.Round(b/1e4) * 1e4
	} else {
		b = math.Max(1e4, math.Round(b/1e3)*1e3)
	}
	p.budget = int64(b) * 100
	p.key = p.budget >= params.KeyProjectThresholdFen
	p.public = p.k.public
	p.id = g.id(tProjects)
	seqKey := fmt.Sprint(d.code, p.year)
	g.projectSeq[seqKey]++
	p.code = fmt.Sprintf("%s-%d-%04d", d.code, p.year, g.projectSeq[seqKey])
	p.name = g.projectName(p)

	// 事前绩效评估: no assessment, no budget. Key projects are assessed by
	// experts, the others by the finance bureau.
	p.conclusion = assessment.ConclusionSupport
	switch x := r.Float64(); {
	case x < 0.05:
		p.conclusion = assessment.ConclusionReject
	case x < 0.17:
		p.conclusion = assessment.ConclusionPartialSupport
	}
	switch {
	case p.conclusion == assessment.ConclusionReject:
		p.outcome = rejected
	case p.year == runningYear && g.every("reserve", 20):
		p.outcome = reserve
	case p.year == runningYear && g.every("late", 33):
		p.outcome = lateApproved
	}
	if p.outcome == active {
		switch {
		case p.end == p.year && g.every("stopped", 80):
			p.perf = perfStopped
			p.stopMonth = r.between(5, 9)
		case r.chance(0.12):
			p.perf = perfSlow
			if p.lastYear() == runningYear && g.every("suspended", 4) {
				p.suspended = true
				p.stopMonth = r.between(6, 9)
			}
		}
	}
	p.funds = g.pickFunds(p)

	created := at(p.year-1, r.between(8, 11), r.between(1, 28), r.between(9, 17), r.between(0, 59))
	status, updated, lock := g.projectStatus(p)
	// The project's row goes last, with the level of its latest monitoring
	// (the chunk writes projects before the rows that refer to them).
	defer func() {
		var warning any
		if p.warning != "" {
			warning = string(p.warning)
		}
		g.cur.add(tProjects, int64(p.id), created, updated, int64(lock), p.code, p.name, int64(p.year), endYear(p),
			string(p.k.cat), string(d.sector), p.key, p.public, string(status), g.projectDescription(p), warning,
			int64(rules.WarningSeverity(p.warning)), int64(d.id))
	}()

	g.assessment(p, created)
	switch p.outcome {
	case rejected:
		if r.chance(0.5) {
			g.unapprovedTarget(p, target.StatusReturned)
		}
		return
	case reserve:
		g.unapprovedTarget(p, cycle(g, "reserve target", target.StatusDraft, target.StatusSubmitted, target.StatusReturned, target.StatusDraft))
		return
	}
	if p.end > p.year {
		g.midTermTarget(p)
	}
	for y := p.year; y <= p.lastYear(); y++ {
		g.projectYear(p, y)
	}
}

func endYear(p *proj) any {
	if p.end == p.year {
		return nil
	}
	return int64(p.end)
}

// projectStatus: 储备 → 已批复 → 执行中 → 已完成, or 暂缓 / 终止.
func (g *gen) projectStatus(p *proj) (project.Status, time.Time, int) {
	switch {
	case p.outcome == rejected || p.outcome == reserve:
		return project.StatusReserve, at(p.year-1, 12, 20, 10, 0), 0
	case p.outcome == lateApproved:
		return project.StatusApproved, at(runningYear, 10, 12, 10, 0), 1
	case p.perf == perfStopped:
		return project.StatusStopped, at(p.lastYear(), p.stopMonth, 25, 10, 0), 3
	case p.suspended:
		return project.StatusSuspended, at(runningYear, p.stopMonth, 25, 10, 0), 3
	case p.lastYear() == runningYear:
		return project.StatusInProgress, at(p.year, 2, 10, 10, 0), 2
	default:
		return project.StatusCompleted, at(p.end, 12, 28, 10, 0), 3
	}
}

// projectName: "2025年义务教育…", "神木市2025年农村公路养护工程",
// "市第一中学2025年校舍维修改造工程"; repeats get （第二批） / （二期）.
func (g *gen) projectName(p *proj) string {
	r, d := g.r, p.d
	co := d.county
	if co == nil {
		co = &d.city.counties[r.IntN(len(d.city.counties))]
	}
	towns := co.towns
	if len(towns) == 0 {
		towns = []string{co.short() + "城关镇", "东关镇", "新庄镇", "马家湾乡", "王家庄镇", "李家沟镇", "张家塔镇", "杨家湾镇"}
	}
	t1 := r.IntN(len(towns))
	t2 := (t1 + 1 + r.IntN(len(towns)-1)) % len(towns)
	river := pick(r, d.city.rivers)
	if d.county != nil {
		river += d.county.short() + "段"
	}
	base := strings.NewReplacer("{town}", towns[t1], "{town2}", towns[t2], "{river}", river,
		"{site}", pick(r, d.city.sites), "{specialty}", pick(r, d.city.specialty)).Replace(p.k.name)
	p.base = base
	years := fmt.Sprintf("%d年", p.year)
	if p.end > p.year {
		years = fmt.Sprintf("%d—%d年", p.year, p.end)
	}
	var name string
	switch {
	case d.parent != nil:
		name = d.name + years + base
	case d.county != nil:
		name = d.county.name + years + base
	case g.plan.cities > 1:
		name = d.city.name + years + base
	default:
		name = years + base
	}
	key := fmt.Sprint(d.id, "|", name)
	g.nameSeq[key]++
	if n := g.nameSeq[key]; n > 1 {
		if p.k.cat == build {
			name += "（" + chineseNumber(n) + "期）"
		} else {
			name += "（第" + chineseNumber(n) + "批）"
		}
	}
	return name
}

func chineseNumber(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + strings.TrimPrefix(digits[n%10], "零")
	case n < 100:
		return digits[n/10] + "十" + strings.TrimPrefix(digits[n%10], "零")
	}
	return fmt.Sprint(n)
}

func (g *gen) projectDescription(p *proj) string {
	span := fmt.Sprintf("%d年度", p.year)
	if p.end > p.year {
		span = fmt.Sprintf("%d—%d年（跨年度项目）", p.year, p.end)
	}
	key := ""
	if p.key {
		key = "属重点项目，须同步申报绩效目标并开展事前绩效评估。"
	}
	return fmt.Sprintf("项目由%s组织实施，实施期为%s，项目预算%s万元。主要内容：%s。%s", p.d.name, span, wan(p.budget), p.k.goal, key)
}

// pickFunds: where the money comes from, by project category.
func (g *gen) pickFunds(p *proj) []fundPick {
	r := g.r
	var main fundPick
	switch p.k.cat {
	case transfer:
		main = fundPick{kind: "central", central: r.chance(0.7)}
		if !main.central {
			main.kind = "province"
		}
	case build:
		main = fundPick{kind: []string{"bond", "govfund", "general"}[r.weighted(0.35, 0.25, 0.4)]}
	case policy:
		main = fundPick{kind: []string{"central", "province", "general"}[r.weighted(0.4, 0.2, 0.4)]}
		main.central = main.kind == "central"
	default:
		main = fundPick{kind: []string{"general", "other", "capital"}[r.weighted(0.88, 0.07, 0.05)]}
	}
	main.share = 1
	if !r.chance(0.25) {
		return []fundPick{main}
	}
	second := fundPick{kind: "general"}
	switch {
	case main.kind == "general" && p.k.cat == build:
		second = fundPick{kind: "central", central: true}
	case main.kind == "general":
		second = fundPick{kind: "province"}
	}
	second.share = r.uniform(0.15, 0.35)
	main.share = 1 - second.share
	return []fundPick{main, second}
}

func (g *gen) fundFor(p *proj, f fundPick, y int) *fundRef {
	switch f.kind {
	case "central", "province":
		return g.transferFund(p.d, y, f.kind == "central")
	case "bond", "capital", "other":
		return g.cityFund(p.d, y, f.kind)
	default:
		return g.localFund(p.d, y, f.kind)
	}
}

// ---- 事前绩效评估 ----

var assessmentSummaries = map[assessment.Conclusion][]string{
	assessment.ConclusionSupport: {
		"项目立项依据充分，实施方案基本可行，绩效目标明确合理，预算测算依据充分，建议予以支持。",
		"项目符合部门职责和发展规划，效益可实现性较强，资金来源合规，建议予以支持。",
	},
	assessment.ConclusionPartialSupport: {
		"项目立项必要，但部分建设内容测算依据不足，建议核减预算后部分支持。",
		"项目实施方案需进一步细化，部分绩效指标不够量化，建议压缩规模、部分支持。",
	},
	assessment.ConclusionReject: {
		"项目与已有项目内容重复，立项必要性不足，预算测算依据不充分，不予支持。",
		"项目前期工作不充分，实施方案可行性较差，筹资方案不合规，不予支持。",
	},
}

func (g *gen) assessment(p *proj, created time.Time) {
	r := g.r
	lo, hi := 16.0, 20.0
	switch p.conclusion {
	case assessment.ConclusionPartialSupport:
		lo, hi = 12, 16.5
	case assessment.ConclusionReject:
		lo, hi = 6, 12.5
	}
	score := func() any { return dec(r.uniform(lo, hi), 1).String() }
	id := g.id(tAssessments)
	when := created.Add(time.Duration(r.between(10, 40)) * 24 * time.Hour)
	g.cur.add(tAssessments, int64(id), when, when, score(), score(), score(), score(), score(),
		string(p.conclusion), pick(r, assessmentSummaries[p.conclusion]), when, int64(p.id), int64(p.d.id))
	if p.key {
		for _, e := range g.pickExperts(3, 0) {
			g.cur.add(tAssessmentExperts, int64(id), int64(e))
		}
	}
}

// pickExperts: n distinct experts, preferring the agency's own.
func (g *gen) pickExperts(n, agencyID int) []int {
	var out []int
	if agencyID != 0 {
		for _, e := range g.experts {
			if e.agencyID == agencyID && len(out) < n-1 {
				out = append(out, e.id)
			}
		}
	}
	for len(out) < n {
		e := g.experts[g.r.IntN(len(g.experts))].id
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// ---- one budget year of a project ----

type allocPlan struct {
	id                int
	fund              *fundRef
	initial, adjusted int64 // adjusted 0: never adjusted
	adjMonth          int
	created           time.Time
	pays              []payment
}

func (a *allocPlan) effective() int64 {
	if a.adjusted > 0 || a.adjMonth > 0 {
		return a.adjusted
	}
	return a.initial
}

// budgetAt is the allocation's budget at the end of month m.
func (a *allocPlan) budgetAt(m int) int64 {
	if a.adjMonth > 0 && m >= a.adjMonth {
		return a.adjusted
	}
	return a.initial
}

type payment struct {
	when   time.Time
	month  int
	amount int64
}

// yearShare is the part of a multi-year project's budget falling in year y.
func (p *proj) yearShare(y int) float64 {
	n := p.end - p.year + 1
	shares := map[int][]float64{1: {1}, 2: {0.6, 0.4}, 3: {0.4, 0.35, 0.25}}[n]
	return shares[y-p.year]
}

// yearBudget is the project's budget of year y (before any cut of a partial support).
func (p *proj) yearBudget(y int) int64 {
	return int64(math.Round(float64(p.budget)*p.yearShare(y)/100)) * 100
}

// firstYearBudget is what a target declared for the project's first year requests.
func (p *proj) firstYearBudget() int64 { return p.yearBudget(p.year) }

func (g *gen) projectYear(p *proj, y int) {
	r, d := g.r, p.d
	running := y == runningYear
	yearBudget := p.yearBudget(y)
	if p.conclusion == assessment.ConclusionPartialSupport && y == p.year {
		yearBudget = yearBudget * int64(r.between(70, 90)) / 100 / 100 * 100
	}
	var allocs []*allocPlan
	rest := yearBudget
	for i, f := range p.funds {
		amt := rest
		if i < len(p.funds)-1 {
			amt = int64(math.Round(float64(yearBudget)*f.share/100)) * 100
			rest -= amt
		}
		if amt <= 0 {
			continue
		}
		a := &allocPlan{id: g.id(tAllocations), fund: g.fundFor(p, f, y), initial: amt,
			created: at(y, 1, r.between(10, 25), r.between(9, 17), r.between(0, 59))}
		if p.outcome == lateApproved {
			a.created = at(y, 10, r.between(8, 20), 10, 0)
		}
		allocs = append(allocs, a)
	}

	// Payments, and the year's adjustments.
	final := g.finalRate(p)
	for _, a := range allocs {
		if p.outcome == lateApproved {
			continue
		}
		stopped := p.perf == perfStopped && y == p.lastYear()
		if !stopped && r.chance(0.2) {
			a.adjMonth = r.between(6, 10)
			a.adjusted = int64(math.Round(float64(a.initial)*r.uniform(0.8, 1.25)/1e5)) * 1e5
			if a.adjusted <= 0 {
				a.adjMonth, a.adjusted = 0, 0
			}
		}
		g.payments(p, a, y, final)
		if stopped { // 终止: what was not paid is withdrawn
			var paid int64
			for _, pay := range a.pays {
				paid += pay.amount
			}
			a.adjusted, a.adjMonth = paid, p.stopMonth
		}
		if a.adjMonth > 0 { // never paid beyond the budget in force
			var cum int64
			for _, pay := range a.pays {
				cum += pay.amount
				if pay.month < a.adjMonth && cum > a.initial {
					a.adjMonth = pay.month
					break
				}
			}
		}
	}
	for _, a := range allocs {
		updated := a.created
		var adjusted any
		if a.adjMonth > 0 {
			updated = at(y, a.adjMonth, r.between(5, 25), 10, 0)
			adjusted = a.adjusted
		}
		g.cur.add(tAllocations, int64(a.id), a.created, updated, int64(y), a.initial, adjusted, int64(a.fund.id), int64(p.id), int64(p.d.id))
		g.fundSums[a.fund.id] += a.effective()
		purposes := p.k.pay
		for _, pay := range a.pays {
			id := g.id(tDisbursements)
			g.voucherSeq++
			local := pay.when.In(beijing.Location)
			voucher := fmt.Sprintf("GK%s%08d", local.Format("20060102"), g.voucherSeq)
			g.cur.add(tDisbursements, int64(id), pay.when, pay.when, pay.when, pay.amount, voucher, pick(r, purposes),
				int64(local.Year()), int64(local.Month()), int64(a.id), int64(p.id), int64(p.d.id))
		}
	}

	m := g.deptMoney[[2]int{d.top().id, y}]
	if m == nil {
		m = &money{}
		g.deptMoney[[2]int{d.top().id, y}] = m
	}
	for _, a := range allocs {
		m.budget += a.effective()
		for _, pay := range a.pays {
			m.paid += pay.amount
		}
	}

	// Targets of the year, monitoring, evaluations.
	var allocated int64
	for _, a := range allocs {
		allocated += a.effective()
	}
	tv := g.annualTarget(p, y, yearBudget, allocated)
	if p.outcome == lateApproved {
		return
	}
	g.monitor(p, y, allocs, tv)
	if !running {
		var paid, budget int64
		for _, a := range allocs {
			budget += a.effective()
			for _, pay := range a.pays {
				paid += pay.amount
			}
		}
		g.selfEvaluation(p, y, tv.final(), paid, budget)
		if p.key { // every 15th key project-year: a finance key or a third-party evaluation
			g.keyCount++
			switch g.keyCount % 15 {
			case 4:
				g.projectKeyEvaluation(p, y, evaluation.KindFinanceKey, paid, budget)
			case 11:
				g.projectKeyEvaluation(p, y, evaluation.KindThirdParty, paid, budget)
			}
		}
	}
}

// finalRate is the share of the budget paid by the end of the year.
func (g *gen) finalRate(p *proj) float64 {
	r := g.r
	switch {
	case p.perf == perfSlow:
		return r.uniform(0.55, 0.88)
	case p.k.cat == build:
		return r.uniform(0.93, 0.98) // quality retention (质保金) stays unpaid
	case r.chance(0.35):
		return 1
	default:
		return r.uniform(0.94, 1)
	}
}

// payments spreads an allocation's spending over the months of year y.
func (g *gen) payments(p *proj, a *allocPlan, y int, final float64) {
	r := g.r
	budget := a.initial
	if a.adjMonth > 0 {
		budget = a.adjusted
	}
	total := int64(math.Round(float64(budget)*final/100)) * 100
	if total <= 0 {
		return
	}
	var w [13]float64
	slow := p.perf != perfNormal
	start := 1 + r.weighted(0.85, 0.15)
	if slow {
		start = r.between(3, 7)
	}
	if p.perf == perfStopped && start >= p.stopMonth {
		start = max(1, p.stopMonth-2)
	}
	if p.k.cat == build {
		w[start] = 3 // 预付款
		for m := start + 2; m <= 11; m++ {
			if r.chance(0.6) {
				w[m] = r.uniform(0.8, 1.5)
			}
		}
		w[12] += 1.5 // 结算
	} else {
		for m := start; m <= 12; m++ {
			w[m] = r.uniform(0.85, 1.25)
		}
		w[start] = r.uniform(1.1, 1.6) // 年初预拨
		w[12] *= 1.2
	}
	if slow {
		w[12] += 2.5 // 年底集中支付
		w[11] += 1
	}
	last := 12
	if p.stopMonth > 0 {
		last = p.stopMonth
	}
	sum := 0.0
	for m := 1; m <= 12; m++ {
		sum += w[m]
	}
	var allocated int64
	for m := 1; m <= last; m++ {
		if w[m] == 0 {
			continue
		}
		amount := int64(math.Round(float64(total)*w[m]/sum/100)) * 100
		if m == 12 {
			amount = total - allocated
		}
		if amount <= 0 {
			continue
		}
		allocated += amount
		n := 1 + r.weighted(0.9, 0.08, 0.02)
		parts := splitAmount(r, amount, n)
		for _, part := range parts {
			when := r.workday(y, m, 31)
			if m > 1 && r.chance(0.01) { // early-morning payment: the previous day in UTC
				when = at(y, m, 1, 7, r.between(0, 59))
			}
			if y == runningYear && (m > lastPaidMonth || (m == lastPaidMonth && when.In(beijing.Location).Day() > lastPaidDay)) {
				continue // not paid yet
			}
			a.pays = append(a.pays, payment{when: when, month: m, amount: part})
		}
	}
	slices.SortStableFunc(a.pays, func(x, y payment) int { return x.when.Compare(y.when) })
}

// splitAmount splits fen into n positive parts of whole yuan.
func splitAmount(r rng, amount int64, n int) []int64 {
	if n <= 1 || amount < int64(n)*10000 {
		return []int64{amount}
	}
	parts := make([]int64, n)
	rest := amount
	for i := range n - 1 {
		share := r.uniform(0.2, 0.6) * float64(rest)
		parts[i] = max(100, int64(share/100)*100)
		rest -= parts[i]
	}
	parts[n-1] = rest
	return parts
}
