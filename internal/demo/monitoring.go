package demo

import (
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent/indicatorprogress"
	"jixiao/ent/monitoring"
	"jixiao/ent/rectification"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// monitoringMonths: key projects monthly in the running year and quarterly
// in closed years; other projects quarterly in the running year and at the
// central Jan–Jul review (reported in August) in closed years.
func monitoringMonths(p *proj, y int) ([]int, monitoring.PeriodKind) {
	var months []int
	kind := monitoring.PeriodKindQuarter
	switch running := y == runningYear; {
	case running && p.key:
		for m := 1; m <= lastMonitoredMonth; m++ {
			months = append(months, m)
		}
		kind = monitoring.PeriodKindMonth
	case running:
		months = []int{3, 6, 9}
	case p.key:
		months = []int{3, 6, 9, 12}
	default:
		months, kind = []int{7}, monitoring.PeriodKindMonth
	}
	if p.stopMonth > 0 && y == p.lastYear() {
		months = slices.DeleteFunc(months, func(m int) bool { return m > p.stopMonth })
		if !slices.Contains(months, p.stopMonth) {
			months = append(months, p.stopMonth) // the record that suspends or stops it
		}
	}
	return months, kind
}

type progressPlan struct {
	ind        *indicatorPlan
	completed  *decimal.Decimal
	level      enums.QualitativeLevel
	expected   *decimal.Decimal
	warning    enums.WarningLevel
	reason     string
	reasonText string
	likelihood indicatorprogress.Likelihood
}

var correctiveActions = []string{
	"督促项目单位制定资金支付计划，倒排工期，每月报送实施进度，确保年底前完成支付。",
	"加快招标采购和合同签订，对具备条件的工程及时拨付进度款。",
	"召开项目推进会，明确责任人和时间节点，财政部门跟踪督办。",
	"调整实施方案，优化资金使用结构，对无法按期实施的部分及时调整预算。",
}

// monitor writes the year's monitoring records (双监控): execution progress
// against time progress, each indicator's progress, warnings and actions.
func (g *gen) monitor(p *proj, y int, allocs []*allocPlan, yt *yearTargets) {
	r := g.r
	months, kind := monitoringMonths(p, y)
	rectified := false
	for _, m := range months {
		var budget, paid int64
		for _, a := range allocs {
			budget += a.budgetAt(m)
			for _, pay := range a.pays {
				if pay.month <= m {
					paid += pay.amount
				}
			}
		}
		tv := yt.at(m)
		stopping := p.stopMonth == m && y == p.lastYear()
		impossible := stopping && p.perf == perfStopped
		execWarning := executionWarning(paid, budget, m)
		levels := []enums.WarningLevel{execWarning}
		progs := make([]progressPlan, len(tv.inds))
		for i, ind := range tv.inds {
			progs[i] = g.progress(ind, p, y, m, impossible)
			levels = append(levels, progs[i].warning)
		}
		// The record's level is the worst of execution and indicators.
		overall := worst(levels)
		p.warning = overall
		id := g.id(tMonitorings)
		reported := at(y, m+1, r.between(5, 12), r.between(9, 17), r.between(0, 59))
		if m == 12 {
			reported = at(y+1, 1, r.between(5, 12), 10, 0)
		}
		rec := monitoring.RecommendationContinue
		var action string
		switch {
		case stopping && p.perf == perfStopped:
			rec, action = monitoring.RecommendationStop, "项目实施条件发生重大变化，经研究终止实施，收回剩余预算统筹用于其他急需项目。"
		case stopping && p.suspended:
			rec, action = monitoring.RecommendationSuspend, "项目执行严重滞后，暂缓拨付剩余资金，待整改到位后恢复。"
		case overall == enums.WarningLevelRed:
			rec, action = monitoring.RecommendationAdjust, pick(r, correctiveActions)
		case overall == enums.WarningLevelYellow && r.chance(0.3):
			action = "关注执行进度，督促项目单位按计划推进。"
		}
		rate := 0.0
		if budget > 0 {
			rate = float64(paid) / float64(budget) * 100
		}
		note := fmt.Sprintf("截至%d年%d月底，项目预算%s万元，累计支出%s万元，预算执行率%.2f%%，序时进度%.2f%%；执行进度%s，指标进度%s。",
			y, m, wan(budget), wan(paid), rate, float64(m)/12*100, warningZH[execWarning], warningZH[worseIndicators(progs)])
		var target any
		if tv != nil {
			target = int64(tv.id)
		}
		g.cur.add(tMonitorings, int64(id), reported, reported, int64(0), int64(y), int64(m), string(kind), budget, paid,
			string(overall), int64(rules.WarningSeverity(overall)), nullStr(action), string(rec), note, int64(p.id), target, int64(p.d.id))
		for _, pp := range progs {
			pid := g.id(tProgresses)
			var level, reason, likelihood any
			if pp.level != "" {
				level = string(pp.level)
			}
			if pp.reason != "" {
				reason = pp.reason
			}
			if pp.likelihood != "" {
				likelihood = string(pp.likelihood)
			}
			g.cur.add(tProgresses, int64(pid), reported, reported, nullDec(pp.completed), level, nullDec(pp.expected),
				reason, nullStr(pp.reasonText), likelihood, string(pp.warning), int64(id), int64(pp.ind.id), int64(p.d.id))
		}
		if overall == enums.WarningLevelRed && !rectified && r.chance(0.6) {
			rectified = true
			problem := fmt.Sprintf("%s：%d年%d月绩效监控红色预警，预算执行率%.2f%%，低于序时进度%.2f%%的60%%。", p.name, y, m, rate, float64(m)/12*100)
			g.rectification(p.d.id, 0, id, problem, pick(r, correctiveActions), reported)
		}
	}
}

var warningZH = map[enums.WarningLevel]string{
	enums.WarningLevelGreen: "正常", enums.WarningLevelYellow: "黄色预警", enums.WarningLevelRed: "红色预警", enums.WarningLevelBlue: "超前（蓝色）",
}

func worseIndicators(progs []progressPlan) enums.WarningLevel {
	levels := make([]enums.WarningLevel, len(progs))
	for i, p := range progs {
		levels[i] = p.warning
	}
	return worst(levels)
}

// progress is one indicator's progress at the end of month m: completed to
// date is the cumulative progress toward the annual value (what the rule
// ratio = completed ÷ (T × m/12) measures), the actual value at year end.
func (g *gen) progress(ind *indicatorPlan, p *proj, y, m int, impossible bool) progressPlan {
	r := g.r
	tp := ind.tp
	slow := p.perf != perfNormal
	pp := progressPlan{ind: ind}
	yearEnd := m == 12 && y < runningYear
	if tp.qualitative() {
		pp.level = enums.QualitativeLevelAchieved
		x := r.Float64()
		switch {
		case slow && x < 0.05:
			pp.level = enums.QualitativeLevelNotAchieved
		case slow && x < 0.5, !slow && x < 0.06:
			pp.level = enums.QualitativeLevelPartlyAchieved
		}
		if yearEnd && ind.level != "" {
			pp.level = ind.level
		}
	} else {
		t := ind.target.InexactFloat64()
		share := float64(m) / 12
		var c float64
		switch {
		case tp.reverse() && t == 0, t == 0:
			if slow && r.chance(0.05) {
				c = 1
			}
		case tp.reverse():
			f := r.uniform(0.85, 1.05)
			if slow {
				f = r.uniform(1.0, 1.35)
			}
			c = t * share * f
		default:
			f := r.uniform(0.88, 1.15)
			if slow {
				f = r.uniform(0.4, 0.85)
			}
			c = t * share * f
		}
		if yearEnd && ind.actual != nil {
			c = ind.actual.InexactFloat64()
		}
		if tp.percent() {
			c = min(c, 100)
		}
		places := tp.places
		if t*share < 20 {
			places = 2
		}
		completed := dec(c, places)
		if yearEnd && ind.actual != nil {
			completed = *ind.actual
		}
		pp.completed = &completed
		e := t * r.uniform(1.0, 1.06)
		switch {
		case tp.reverse() && slow:
			e = t * r.uniform(1.0, 1.2)
		case tp.reverse():
			e = t * r.uniform(0.85, 1.0)
		case slow:
			e = t * r.uniform(0.75, 0.95)
		}
		if tp.percent() {
			e = min(e, 100)
		}
		expected := dec(e, tp.places)
		pp.expected = &expected
	}
	in := rules.IndicatorProgress{Comparator: tp.cmp, Completed: pp.completed, Level: pp.level}
	if !tp.qualitative() {
		t := ind.target
		in.Target = &t
		if impossible {
			in.Likelihood = rules.LikelihoodImpossible
		}
	}
	pp.warning = must(rules.IndicatorWarning(params, in, m)).Level
	switch {
	case impossible && !tp.qualitative():
		pp.likelihood = indicatorprogress.LikelihoodImpossible
	case pp.warning == enums.WarningLevelRed || pp.warning == enums.WarningLevelYellow:
		pp.likelihood = indicatorprogress.LikelihoodPossible
	default:
		pp.likelihood = indicatorprogress.LikelihoodCertain
	}
	if pp.warning == enums.WarningLevelRed || pp.warning == enums.WarningLevelYellow {
		dr := pick(r, deviationReasons)
		pp.reason, pp.reasonText = dr.reason, dr.text+"。"
	}
	return pp
}

// rectification writes a problem to fix (整改) with its deadline; past
// deadlines are mostly done, some are overdue (deadline past, not done).
func (g *gen) rectification(deptID, evaluationID, monitoringID int, problem, action string, found time.Time) {
	r := g.r
	id := g.id(tRectifications)
	deadline := found.Add(time.Duration(r.between(45, 120)) * 24 * time.Hour)
	local := deadline.In(beijing.Location)
	deadline = at(local.Year(), int(local.Month()), local.Day(), 18, 0)
	status := rectification.StatusOpen
	var note string
	var completed time.Time
	updated := found
	switch {
	case deadline.Before(AsOf):
		switch x := r.Float64(); {
		case x < 0.78:
			status = rectification.StatusDone
			completed = deadline.Add(-time.Duration(r.between(-10, 40)) * 24 * time.Hour)
			if completed.After(AsOf) {
				completed = AsOf.Add(-48 * time.Hour)
			}
			note = pick(r, []string{"已按要求完成整改，相关制度已修订完善，整改报告已报送财政部门。",
				"已加快支付进度，剩余资金已按程序调整用于急需项目。", "已补充佐证材料，完善项目管理台账。"})
			updated = completed
		case x < 0.9:
			status = rectification.StatusInProgress
			note = "整改正在推进中，部分问题尚未整改到位。"
			updated = deadline.Add(-10 * 24 * time.Hour)
		}
	case r.chance(0.5):
		status = rectification.StatusInProgress
		note = "已制定整改方案，正在组织实施。"
		updated = found.Add(20 * 24 * time.Hour)
		if updated.After(AsOf) {
			updated = found
		}
	}
	lock := map[rectification.Status]int64{rectification.StatusOpen: 0, rectification.StatusInProgress: 1, rectification.StatusDone: 2}[status]
	g.cur.add(tRectifications, int64(id), found, updated, lock, problem, action, deadline, string(status), nullStr(note),
		nullTime(completed), int64(deptID), nullInt(evaluationID), nullInt(monitoringID))
}
