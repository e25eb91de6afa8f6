package demo

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent/department"
	"jixiao/ent/evaluation"
	"jixiao/ent/fund"
	"jixiao/ent/review"
	"jixiao/ent/schema/schematype"
	"jixiao/ent/target"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// projectsPerChunk bounds the memory of a load: rows are generated for this
// many projects, written, and forgotten.
const projectsPerChunk = 500

// gen generates the data, chunk by chunk, from one random stream.
type gen struct {
	r    rng
	size Size
	plan plan
	emit func(*chunk) error
	cur  *chunk
	ids  []int // last id handed out, per table (by pos)

	passwordHash string
	ruleSetID    int
	schemeID     int // the published 50/50 period scheme
	agencies     []agencyRef
	experts      []expertRef
	templateIDs  map[string]int
	depts        []*dept
	reviewers    []int // finance reviewer user ids
	funds        map[string]*fundRef
	fundSums     map[int]int64
	fundOrder    []*fundRef

	// counters that make names and numbers unique
	projectSeq    map[string]int // dept code + year
	nameSeq       map[string]int // dept + year + base name
	voucherSeq    int
	counters      map[string]int
	facts         *deptFacts        // what department-wide evaluations' DATA items read
	deptMoney     map[[2]int]*money // (budget department id, year) → its projects' budget and payments
	keyCount      int               // key project-years of closed years seen
	thirdParty    int               // third-party evaluations so far
	chunkProjects int
}

// money is a budget and what was paid out of it in a year, in fen.
type money struct{ budget, paid int64 }

type agencyRef struct {
	id            int
	name, contact string
}

type expertRef struct {
	id, agencyID int
}

type dept struct {
	id                 int
	code, name, region string
	sector             enums.Sector
	profile            string
	kind               department.Kind
	headcount          int
	parent             *dept
	city               *city
	cityIdx            int
	county             *county // nil at city level
	weight             float64
	userID             int // the user who declares its targets (0: none)
}

// top is the budget department (一级预算单位) the unit belongs to.
func (d *dept) top() *dept {
	if d.parent != nil {
		return d.parent
	}
	return d
}

type fundRef struct {
	id     int
	year   int
	name   string
	source fund.Source
	level  fund.Level
}

func newGen(size Size, passwordHash string, emit func(*chunk) error) *gen {
	g := &gen{
		r: newRNG(), size: size, plan: size.plan(), emit: emit, cur: newChunk(), ids: make([]int, len(loadOrder)),
		passwordHash: passwordHash, templateIDs: map[string]int{}, funds: map[string]*fundRef{},
		fundSums: map[int]int64{}, counters: map[string]int{}, deptMoney: map[[2]int]*money{}, projectSeq: map[string]int{}, nameSeq: map[string]int{},
	}
	g.facts = newDeptFacts()
	g.cur.tap = g.facts.observe
	return g
}

// id hands out the next id of a table, inside its 2³² range.
func (g *gen) id(t *table) int {
	g.ids[t.pos]++
	return t.idStart() + g.ids[t.pos]
}

func (g *gen) flush() error {
	c := g.cur
	g.cur = newChunk()
	g.cur.tap = g.facts.observe
	g.chunkProjects = 0
	return g.emit(c)
}

// run generates everything: the static data, then the projects in chunks.
func (g *gen) run(ctx context.Context) error {
	g.ruleSet()
	g.evaluationScheme()
	g.agenciesAndExperts()
	g.library()
	g.departments()
	g.users()
	g.makeFunds()
	if err := g.flush(); err != nil {
		return err
	}
	counts := g.projectCounts()
	for i, d := range g.depts {
		for range counts[i] {
			if err := ctx.Err(); err != nil {
				return err
			}
			g.project(d)
			g.chunkProjects++
			if g.chunkProjects >= projectsPerChunk {
				if err := g.flush(); err != nil {
					return err
				}
			}
		}
	}
	// Department-wide targets and evaluations (部门整体) last: their execution
	// figures are the sums of the departments' projects.
	g.departmentTargets()
	g.departmentEvaluations()
	g.cur.fundAmounts = g.fundAmounts()
	return g.flush()
}

// every is true on every n-th call for a name: quotas rather than chances,
// so that even the small demo covers every status.
func (g *gen) every(name string, n int) bool {
	g.counters[name]++
	return g.counters[name]%n == 0
}

// cycle is the next of values for a name, in turn.
func cycle[T any](g *gen, name string, values ...T) T {
	g.counters[name]++
	return values[(g.counters[name]-1)%len(values)]
}

// projectCounts spreads the plan's projects over the departments by weight
// (largest remainders, so the total is exact).
func (g *gen) projectCounts() []int {
	total := 0.0
	for _, d := range g.depts {
		total += d.weight
	}
	counts := make([]int, len(g.depts))
	rems := make([]int, len(g.depts))
	assigned := 0
	fracs := make([]float64, len(g.depts))
	for i, d := range g.depts {
		exact := d.weight / total * float64(g.plan.projects)
		counts[i] = int(exact)
		fracs[i] = exact - float64(counts[i])
		rems[i] = i
		assigned += counts[i]
	}
	sort.SliceStable(rems, func(a, b int) bool { return fracs[rems[a]] > fracs[rems[b]] })
	for i := 0; assigned < g.plan.projects; i++ {
		counts[rems[i%len(rems)]]++
		assigned++
	}
	return counts
}

// jsonText is a JSON column's value (text for COPY and SQLite alike).
func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// nullable helpers: nil is SQL NULL.
func nullInt(v int) any {
	if v == 0 {
		return nil
	}
	return int64(v)
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullDec(d *decimal.Decimal) any {
	if d == nil {
		return nil
	}
	return d.String()
}

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// ---- rule set, agencies, experts, library ----

func (g *gen) ruleSet() {
	g.ruleSetID = g.id(tRuleSets)
	t := at(2023, 12, 1, 9, 0)
	g.cur.add(tRuleSets, int64(g.ruleSetID), t, t, "国家默认", int64(1), nil, nil, jsonText(params),
		// The numbers are read from the rules, which declare them once.
		fmt.Sprintf("财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）口径的全国默认评分与监控参数：单位自评预算执行率%s分、产出50分、效益30分、满意度10分；优≥%s、良≥%s、中≥%s；监控预警红色<%s%%、黄色<%s%%。",
			params.SelfExecutionPoints, params.GradeExcellent, params.GradeGood, params.GradeFair,
			params.WarningRedBelow.Shift(2), params.WarningYellowBelow.Shift(2)))
}

func (g *gen) agenciesAndExperts() {
	nAgencies := map[Size]int{Demo: 6, City: 10, Province: len(agencySpecs)}[g.size]
	for i := range nAgencies {
		a := agencySpecs[i]
		id := g.id(tAgencies)
		t := at(2023, 12, 5, 10, 0)
		code := fmt.Sprintf("91610%03dMA%07d", 100+i*7, 7000000+g.r.IntN(2999999))
		phone := fmt.Sprintf("0912-%07d", 3000000+g.r.IntN(6999999))
		g.cur.add(tAgencies, int64(id), t, t, code, a.name, a.contact, phone)
		g.agencies = append(g.agencies, agencyRef{id: id, name: a.name, contact: a.contact})
	}
	nExperts := map[Size]int{Demo: 24, City: 60, Province: 200}[g.size]
	for i := range nExperts {
		id := g.id(tExperts)
		t := at(2023, 12, 6, 10, 0)
		agencyID := 0
		if i%3 == 0 { // a third work for an agency, the rest are independent (高校、事业单位)
			agencyID = g.agencies[(i/3)%len(g.agencies)].id
		}
		name := pick(g.r, surnames) + pick(g.r, givenNames)
		phone := fmt.Sprintf("139%08d", g.r.IntN(100000000))
		g.cur.add(tExperts, int64(id), t, t, name, expertSpecialties[i%len(expertSpecialties)], pick(g.r, expertTitles), phone, nullInt(agencyID))
		g.experts = append(g.experts, expertRef{id: id, agencyID: agencyID})
	}
}

// library writes the indicator library with a few years of history from
// named departments (used to suggest target values).
func (g *gen) library() {
	t := at(2023, 12, 10, 10, 0)
	sources := []string{"市教育局", "市卫生健康委员会", "市农业农村局", "市交通运输局", "榆阳区", "神木市", "府谷县", "靖边县", "定边县"}
	for _, tp := range templates {
		id := g.id(tTemplates)
		g.templateIDs[tp.code] = id
		var hist []schematype.HistoricalValue
		if !tp.qualitative() {
			for y := 2021; y <= 2025; y++ {
				for range g.r.between(1, 2) {
					v := g.templateValue(tp, 3e6) * g.r.uniform(0.9, 1.05)
					if tp.percent() {
						v = min(v, 100)
					}
					hist = append(hist, schematype.HistoricalValue{Year: y, Department: pick(g.r, sources), Value: dec(v, max(tp.places, 1)).String()})
				}
			}
		}
		var sector any
		if tp.sector != "" {
			sector = string(tp.sector)
		}
		var history any
		if hist != nil {
			history = jsonText(hist)
		}
		g.cur.add(tTemplates, int64(id), t, t, tp.code, string(tp.category()), string(tp.sub), tp.name, tp.def,
			nullStr(tp.unit), string(tp.cmp), sector, jsonText(tp.keys), history)
	}
}

// templateValue is a plausible target value for a budget (yuan).
func (g *gen) templateValue(tp *tmpl, budget float64) float64 {
	var v float64
	if tp.per > 0 {
		v = tp.per * budget / 1e6 * g.r.uniform(0.75, 1.3)
		v = max(tp.lo, min(tp.hi, v))
	} else {
		v = g.r.uniform(tp.lo, tp.hi)
	}
	return v
}

// ---- departments and users ----

func (g *gen) departments() {
	for ci := range g.plan.cities {
		c := &cities[ci]
		region, prefix := "市本级", "市"
		if g.plan.cities > 1 {
			region, prefix = c.name+"本级", c.name
		}
		created := at(2023, 11, 20, 9, 0)
		for _, s := range deptSpecs {
			top := g.addDept(&dept{code: c.code + fmt.Sprint(s.seq) + "000", name: prefix + s.city, region: region,
				sector: s.sector, profile: s.profile, kind: s.kind, headcount: g.r.between(s.head[0], s.head[1]),
				city: c, cityIdx: ci, weight: s.weight}, created)
			kept := 0
			for j, sub := range s.subs {
				if sub.where == 2 {
					continue
				}
				if !g.plan.full && kept >= s.demo {
					continue
				}
				kept++
				g.addSub(top, sub, j, prefix)
			}
		}
		for k := range c.counties {
			co := &c.counties[k]
			for _, s := range deptSpecs {
				if s.county == "" || (!g.plan.full && !s.demoCounty) {
					continue
				}
				name := co.name + s.county
				if s.county == "生态环境分局" { // county ecology offices are branches of the city bureau
					name = prefix + "生态环境局" + co.short() + "分局"
				}
				top := g.addDept(&dept{code: co.code + fmt.Sprint(s.seq) + "000", name: name, region: co.name,
					sector: s.sector, profile: s.profile, kind: s.kind,
					headcount: max(8, g.r.between(s.head[0], s.head[1])*3/5),
					city:      c, cityIdx: ci, county: co, weight: s.weight * 0.7}, created)
				if !g.plan.full {
					continue
				}
				for j, sub := range s.subs {
					if sub.where != 1 {
						g.addSub(top, sub, j, co.name)
					}
				}
			}
		}
	}
}

func (g *gen) addSub(top *dept, sub subSpec, j int, prefix string) {
	kind := sub.kind
	if kind == "" {
		kind = inst
	}
	profile := sub.profile
	if _, ok := profiles[profile]; !ok {
		profile = top.profile
	}
	w := 0.5
	if profile == "hospital" {
		w = 0.9
	}
	head := g.r.between(sub.head[0], sub.head[1])
	if top.county != nil {
		head = max(6, head*3/5)
	}
	g.addDept(&dept{code: top.code[:len(top.code)-3] + fmt.Sprintf("%03d", j+1), name: prefix + sub.name, region: top.region,
		sector: top.sector, profile: profile, kind: kind, headcount: head, parent: top,
		city: top.city, cityIdx: top.cityIdx, county: top.county, weight: w}, at(2023, 11, 20, 9, 0))
}

func (g *gen) addDept(d *dept, created time.Time) *dept {
	d.id = g.id(tDepartments)
	var parent any
	if d.parent != nil {
		parent = int64(d.parent.id)
	}
	g.cur.add(tDepartments, int64(d.id), created, created, d.code, d.name, string(d.kind), d.region, string(d.sector),
		int64(d.headcount), parent)
	g.depts = append(g.depts, d)
	return d
}

// The demo users' fixed names.
const (
	UserAdmin     = "admin"
	UserReviewer  = "reviewer"
	UserLeader    = "leader"
	UserEvaluator = "evaluator"
	UserDept      = "dept"
)

func (g *gen) users() {
	t := at(2023, 12, 15, 9, 0)
	add := func(username, display string, role enums.Role, deptID, agencyID int) int {
		id := g.id(tUsers)
		g.cur.add(tUsers, int64(id), t, t, username, display, string(role), g.passwordHash, true, int64(0),
			nullInt(deptID), nullInt(agencyID))
		return id
	}
	add(UserAdmin, "王建华", enums.RoleFinanceAdmin, 0, 0)
	g.reviewers = append(g.reviewers, add(UserReviewer, "李娜", enums.RoleFinanceReviewer, 0, 0))
	add(UserLeader, "张国庆", enums.RoleLeader, 0, 0)
	add(UserEvaluator, g.agencies[0].contact, enums.RoleEvaluator, 0, g.agencies[0].id)
	// 市教育局 is the first department.
	g.depts[0].userID = add(UserDept, "刘晓东", enums.RoleDepartmentUser, g.depts[0].id, 0)

	extraReviewers := map[Size]int{Demo: 2, City: 6, Province: 20}[g.size]
	for i := range extraReviewers {
		g.reviewers = append(g.reviewers, add(fmt.Sprintf("reviewer%d", i+2), g.personName(), enums.RoleFinanceReviewer, 0, 0))
	}
	add("leader2", g.personName(), enums.RoleLeader, 0, 0)
	for i, a := range g.agencies[1:] {
		add(fmt.Sprintf("evaluator%d", i+2), a.contact, enums.RoleEvaluator, 0, a.id)
	}
	// Department users: two per budget department (业务科室 and 财务科室); one
	// per subordinate unit in the demo.
	for _, d := range g.depts {
		switch {
		case d.parent == nil:
			first := add("u"+d.code+"a", g.personName(), enums.RoleDepartmentUser, d.id, 0)
			if d.userID == 0 {
				d.userID = first
			}
			add("u"+d.code+"b", g.personName(), enums.RoleDepartmentUser, d.id, 0)
		case !g.plan.full:
			d.userID = add("u"+d.code, g.personName(), enums.RoleDepartmentUser, d.id, 0)
		}
	}
}

func (g *gen) personName() string { return pick(g.r, surnames) + pick(g.r, givenNames) }

// submitter is who declares a unit's targets: its own user, else its
// department's.
func (d *dept) submitter() int {
	if d.userID != 0 {
		return d.userID
	}
	if d.parent != nil {
		return d.parent.userID
	}
	return 0
}

// ---- funds ----

// transferTopics: what upper-level transfers are called, by sector.
var transferTopics = map[enums.Sector]string{
	enums.SectorEducation:            "城乡义务教育补助经费",
	enums.SectorHealth:               "基本公共卫生服务补助资金",
	enums.SectorAgriculture:          "衔接推进乡村振兴补助资金",
	enums.SectorTransport:            "车辆购置税收入补助地方资金",
	enums.SectorWater:                "水利发展资金",
	enums.SectorEcology:              "生态环境保护和林业草原资金",
	enums.SectorCultureTourism:       "公共文化服务体系建设补助资金",
	enums.SectorScience:              "科技创新引导资金",
	enums.SectorSocialSecurity:       "就业和困难群众救助补助资金",
	enums.SectorHousing:              "保障性安居工程补助资金",
	enums.SectorPublicSecurity:       "政法和安全生产补助资金",
	enums.SectorGeneralPublicService: "其他一般性转移支付资金",
	enums.SectorOther:                "其他专项转移支付资金",
}

func fundKey(parts ...any) string { return fmt.Sprint(parts...) }

func (g *gen) makeFunds() {
	t := func(y int) time.Time { return at(y, 1, 5, 9, 0) }
	add := func(key string, y int, name string, src fund.Source, lvl fund.Level) {
		f := &fundRef{id: g.id(tFunds), year: y, name: name, source: src, level: lvl}
		g.funds[key] = f
		g.fundOrder = append(g.fundOrder, f)
		// The amount is set at the end, once the allocations are known.
		g.cur.add(tFunds, int64(f.id), t(y), t(y), int64(y), name, string(src), string(lvl), int64(0))
	}
	for y := firstYear; y <= runningYear; y++ {
		for ci := range g.plan.cities {
			c := &cities[ci]
			cityName, suffix := "市级", ""
			if g.plan.cities > 1 {
				cityName, suffix = c.name+"本级", "（"+c.name+"）"
			}
			add(fundKey(y, ci, "general"), y, fmt.Sprintf("%d年%s一般公共预算资金", y, cityName), fund.SourceGeneralBudget, fund.LevelCity)
			add(fundKey(y, ci, "govfund"), y, fmt.Sprintf("%d年%s政府性基金预算资金", y, cityName), fund.SourceGovernmentFund, fund.LevelCity)
			add(fundKey(y, ci, "capital"), y, fmt.Sprintf("%d年%s国有资本经营预算资金", y, cityName), fund.SourceStateCapital, fund.LevelCity)
			add(fundKey(y, ci, "bond"), y, fmt.Sprintf("%d年地方政府专项债券资金%s", y, suffix), fund.SourceSpecialBond, fund.LevelCity)
			add(fundKey(y, ci, "other"), y, fmt.Sprintf("%d年%s其他资金（上年结转结余等）", y, cityName), fund.SourceOther, fund.LevelCity)
			for _, s := range enums.Sector("").Values() {
				sec := enums.Sector(s)
				add(fundKey(y, ci, "central", sec), y, fmt.Sprintf("%d年中央财政%s%s", y, transferTopics[sec], suffix), fund.SourceTransfer, fund.LevelCentral)
				add(fundKey(y, ci, "province", sec), y, fmt.Sprintf("%d年省级财政%s%s", y, transferTopics[sec], suffix), fund.SourceTransfer, fund.LevelProvince)
			}
			for k := range c.counties {
				co := c.counties[k].name
				add(fundKey(y, ci, k, "general"), y, fmt.Sprintf("%d年%s本级一般公共预算资金", y, co), fund.SourceGeneralBudget, fund.LevelCounty)
				add(fundKey(y, ci, k, "govfund"), y, fmt.Sprintf("%d年%s政府性基金预算资金", y, co), fund.SourceGovernmentFund, fund.LevelCounty)
			}
		}
	}
}

// localFund is the unit's own government's fund of a kind (general, govfund).
func (g *gen) localFund(d *dept, y int, kind string) *fundRef {
	if d.county != nil {
		for k := range d.city.counties {
			if &d.city.counties[k] == d.county {
				return g.funds[fundKey(y, d.cityIdx, k, kind)]
			}
		}
	}
	if f, ok := g.funds[fundKey(y, d.cityIdx, kind)]; ok {
		return f
	}
	return g.funds[fundKey(y, d.cityIdx, "general")]
}

func (g *gen) cityFund(d *dept, y int, kind string) *fundRef {
	return g.funds[fundKey(y, d.cityIdx, kind)]
}

func (g *gen) transferFund(d *dept, y int, central bool) *fundRef {
	if central {
		return g.funds[fundKey(y, d.cityIdx, "central", d.sector)]
	}
	return g.funds[fundKey(y, d.cityIdx, "province", d.sector)]
}

// fundAmounts: each fund holds what was allocated out of it plus a reserve
// not yet allocated (预留), rounded up to 10,000 yuan.
func (g *gen) fundAmounts() map[int]int64 {
	out := make(map[int]int64, len(g.fundOrder))
	for _, f := range g.fundOrder {
		sum := g.fundSums[f.id]
		var amount int64
		if sum == 0 {
			amount = int64(g.r.between(50, 500)) * 1_000_000 // 50–500 万元 not yet allocated
		} else {
			amount = int64(float64(sum) * g.r.uniform(1.02, 1.12))
		}
		const wanFen = 1_000_000
		out[f.id] = (amount + wanFen - 1) / wanFen * wanFen
	}
	return out
}

// ---- department-wide targets and evaluations (部门整体) ----

func (g *gen) departmentTargets() {
	codes := []string{"BM001", "BM002", "BM003", "BM004", "BM005", "BM006", "BM007"}
	weights := []int64{15, 15, 10, 10, 15, 15, 10}
	for _, d := range g.depts {
		if d.parent != nil {
			continue
		}
		for y := firstYear; y <= runningYear; y++ {
			declared := at(y-1, 11, g.r.between(1, 28), 10, 0)
			approved := at(y, 1, g.r.between(10, 28), 15, 0)
			tid := g.id(tTargets)
			goal := fmt.Sprintf("%d年，%s围绕部门职责和年度重点工作，保障机构正常运转和重点事业发展，预算执行率达到90%%以上，“三公”经费只减不增，重点工作任务按期完成，社会公众满意度达到90%%以上。", y, d.name)
			g.cur.add(tTargets, int64(tid), declared, approved, int64(2), int64(y), string(target.TermAnnual), goal,
				string(target.StatusApproved), int64(1), nil, int64(d.id), nil, nullInt(d.submitter()),
				nil, nil) // 三同步 is a project target's: a department's overall target declares no amount
			var inds []*indicatorPlan
			for i, code := range codes {
				tp := tpl(code)
				ind := &indicatorPlan{tp: tp, weight: decInt(weights[i]), sort: i + 1, linked: true, standard: "PLAN"}
				ind.target = g.targetValueFor(tp, 0)
				if y < runningYear {
					g.actual(ind, perfNormal)
					if m := g.deptMoney[[2]int{d.id, y}]; code == "BM002" && m != nil && m.budget > 0 {
						rate := decimal.NewFromInt(m.paid).Mul(hundred).Div(decimal.NewFromInt(m.budget)).Round(2)
						ind.actual, ind.deviation = &rate, ""
						// Spending short of the yellow warning share of the target needs a reason.
						if rate.LessThan(ind.target.Mul(params.WarningYellowBelow)) {
							ind.deviation = "部分项目实施进度滞后，年底结余资金较多。"
						}
					}
				}
				g.writeIndicator(ind, tid, d.id, declared, actualTime(y))
				inds = append(inds, ind)
			}
			g.review(tid, d.id, review.DecisionApprove, pickGrade(g.r, 0.7), "部门整体绩效目标与部门职责匹配，指标设置完整，同意批复。", approved, reviewChecks(nil, inds, "", budgetSync{}))
		}
	}
}

// actualTime is when a closed year's actual values are reported (自评, March).
func actualTime(y int) time.Time {
	if y >= runningYear {
		return time.Time{}
	}
	return at(y+1, 3, 15, 10, 0)
}

func pickGrade(r rng, excellent float64) enums.Grade {
	if r.chance(excellent) {
		return enums.GradeExcellent
	}
	return enums.GradeGood
}

func (g *gen) departmentEvaluations() {
	var tops []*dept
	for _, d := range g.depts {
		if d.parent == nil {
			tops = append(tops, d)
		}
	}
	perYear := map[Size]int{Demo: 2, City: 8, Province: 40}[g.size]
	for y := firstYear; y < runningYear; y++ {
		offset := g.r.IntN(len(tops))
		for i := range min(perYear, len(tops)/7) { // distinct departments in a year
			g.departmentEvaluation(tops[(offset+i*7)%len(tops)], y, i)
		}
	}
}

// departmentEvaluation: a finance key evaluation of a whole department with
// the department-wide scheme (部门决策 25, 综合管理 30, 部门绩效 45).
func (g *gen) departmentEvaluation(d *dept, y, i int) {
	status := evaluation.StatusPublished
	if y == runningYear-1 {
		status = []evaluation.Status{evaluation.StatusPlanned, evaluation.StatusInProgress, evaluation.StatusSubmitted,
			evaluation.StatusReviewed, evaluation.StatusPublished}[i%5]
	}
	ke := keyEval{dept: d, year: y, kind: evaluation.KindFinanceKey, scheme: "DEPARTMENT_WIDE", status: status,
		template: rules.DepartmentWideTemplate(), quality: g.r.uniform(0.72, 0.97), subject: d.name + "部门整体支出"}
	if m := g.deptMoney[[2]int{d.id, y}]; m != nil {
		ke.paid, ke.budget = m.paid, m.budget
	}
	g.keyEvaluation(ke)
}
