package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// MethodData scores a department-wide item from the department's own data
// (运行成本, 管理效率, 履职效能, 满意度); the item's metric says which.
const MethodData Method = "DATA"

// Metrics of a DATA item (its code in a scheme, "metric" in its inputs).
const (
	MetricRunningCost  = "RUNNING_COST"          // 运行成本：人均支出对比同行业中位数
	MetricManagement   = "MANAGEMENT_EFFICIENCY" // 管理效率：申报、监控按时，整改按期
	MetricDelivery     = "DELIVERY"              // 履职效能：项目绩效指标达成比例
	MetricSatisfaction = "SATISFACTION_SURVEY"   // 满意度：满意度调查（满意度指标的完成值）
)

// DataMetric is the data one DATA item is scored from: exactly the part
// named by Metric is set (Management for all three timeliness metrics).
type DataMetric struct {
	Metric       string
	Execution    *Execution
	RunningCost  *RunningCost
	Management   *Management
	Delivery     *Delivery
	Satisfaction *SurveyResults
}

// RunningCost is a department's expenditure of the year and its headcount
// (编制人数), with the median expenditure per head of its sector's
// departments (itself included).
type RunningCost struct {
	Expenditure  decimal.Decimal // yuan
	Headcount    int
	SectorMedian decimal.Decimal // yuan per head
	SectorSize   int             // departments with a headcount in the sector
}

// OnTime counts the things due and those done on time.
type OnTime struct{ OnTime, Due int }

// Management is the timeliness of a department's work in the year: targets
// declared by the 二上 deadline, monitoring records filed by their period's
// deadline, rectifications done by their deadline (among those due).
type Management struct {
	Declarations, Monitoring, Rectifications OnTime
}

// Delivery counts the department's project indicators with an actual value
// and those met (达成).
type Delivery struct{ Met, Total int }

// SurveyResults are the satisfaction rates (0..1) of the department's
// surveys (满意度 indicators with an actual value), with the item's bands.
type SurveyResults struct {
	Rates []decimal.Decimal
	Bands []SurveyBand
}

// PerHead is expenditure ÷ headcount, rounded to fen.
func PerHead(expenditure decimal.Decimal, headcount int) decimal.Decimal {
	return divRound(expenditure, decimal.NewFromInt(int64(headcount)), 2)
}

// Median is the middle value (the mean of the two middle ones for an even
// count), rounded to fen; 0 for none.
func Median(values []decimal.Decimal) decimal.Decimal {
	if len(values) == 0 {
		return decimal.Zero
	}
	s := slices.SortedFunc(slices.Values(values), func(a, b decimal.Decimal) int { return a.Cmp(b) })
	n := len(s)
	if n%2 == 1 {
		return s[n/2].Round(2)
	}
	return divRound(s[n/2-1].Add(s[n/2]), decimal.NewFromInt(2), 2)
}

// ScoreData scores a DATA item from its metric's data.
func ScoreData(p Params, m DataMetric, points decimal.Decimal) (Score, error) {
	if err := checkPoints(p, "points", points); err != nil {
		return Score{}, err
	}
	missing := inputError("data", "指标 %s 缺少数据", "metric %s lacks its data", m.Metric)
	switch m.Metric {
	case MetricRunningCost:
		if m.RunningCost == nil {
			return Score{}, missing
		}
		return ScoreRunningCost(p, *m.RunningCost, points)
	case MetricExecution:
		if m.Execution == nil {
			return Score{}, missing
		}
		if err := m.Execution.check(); err != nil {
			return Score{}, err
		}
		return scoreExecution(p, *m.Execution, points), nil
	case MetricManagement, MetricTimeliness, MetricRectification:
		if m.Management == nil {
			return Score{}, missing
		}
		return scoreOnTime(p, m.Management.parts(m.Metric), points)
	case MetricDelivery:
		if m.Delivery == nil {
			return Score{}, missing
		}
		return ScoreDelivery(p, *m.Delivery, points)
	case MetricSatisfaction:
		if m.Satisfaction == nil {
			return Score{}, missing
		}
		return ScoreSurveys(p, *m.Satisfaction, points)
	default:
		return Score{}, inputError("metric", "未知的数据指标 %q", "unknown data metric %q", m.Metric)
	}
}

// ScoreRunningCost scores 运行成本: full points when the department's
// expenditure per head is at most its sector's median, otherwise points ×
// median ÷ per head (spending twice the median earns half).
func ScoreRunningCost(p Params, rc RunningCost, w decimal.Decimal) (Score, error) {
	if rc.Headcount <= 0 {
		return Score{}, inputError("headcount", "编制人数须大于 0，才能计算人均运行成本", "the headcount must be above 0 to compute the cost per head")
	}
	if rc.Expenditure.Sign() < 0 || rc.SectorMedian.Sign() < 0 {
		return Score{}, inputError("expenditure", "支出与行业中位数不能为负数", "expenditure and the sector's median must not be negative")
	}
	perHead := PerHead(rc.Expenditure, rc.Headcount)
	inputs := []KV{{"expenditure", rc.Expenditure.StringFixed(2)}, {"headcount", fmt.Sprint(rc.Headcount)},
		{"perHead", perHead.StringFixed(2)}, {"sectorMedian", rc.SectorMedian.StringFixed(2)}, {"sectorSize", fmt.Sprint(rc.SectorSize)}, {"points", w.String()}}
	head := fmt.Sprintf("人均支出 = %s ÷ %d = %s 元，同行业 %d 个部门中位数 %s 元", rc.Expenditure.StringFixed(2), rc.Headcount, perHead.StringFixed(2), rc.SectorSize, rc.SectorMedian.StringFixed(2))
	headEN := fmt.Sprintf("expenditure per head = %s ÷ %d = %s yuan, median of the sector's %d departments %s yuan", rc.Expenditure.StringFixed(2), rc.Headcount, perHead.StringFixed(2), rc.SectorSize, rc.SectorMedian.StringFixed(2))
	if perHead.LessThanOrEqual(rc.SectorMedian) {
		s := roundScore(p, w)
		return Score{s, []string{}, p.explain("RUNNING_COST_AT_MOST_MEDIAN", inputs, fixed(p, s), fixed(p, s),
			head+"，不高于中位数，得满分 "+fixed(p, s), headEN+": at most the median, full "+fixed(p, s)+" points")}, nil
	}
	s := divRound(w.Mul(rc.SectorMedian), perHead, p.ScorePlaces)
	formula := fmt.Sprintf("%s × %s ÷ %s = %s", w, rc.SectorMedian.StringFixed(2), perHead.StringFixed(2), fixed(p, s))
	return Score{s, []string{}, p.explain("RUNNING_COST_ABOVE_MEDIAN", inputs, formula, fixed(p, s),
		head+"，高于中位数，得分 = "+formula, headEN+": above the median, score = "+formula)}, nil
}

// ScoreManagement scores 管理效率: points × the mean of the on-time shares
// of declarations, monitoring and rectifications, over those with anything
// due; nothing due at all scores full points.
func ScoreManagement(p Params, m Management, w decimal.Decimal) (Score, error) {
	return scoreOnTime(p, m.parts(MetricManagement), w)
}

// onTimePart is one kind of thing due, as 管理效率 and its halves count it.
type onTimePart struct {
	key, zh, en string
	v           OnTime
}

// parts are the kinds of things a timeliness metric counts: declarations
// and monitoring (TIMELINESS), rectifications (RECTIFICATIONS_ON_TIME), or
// all three (MANAGEMENT_EFFICIENCY).
func (m Management) parts(metric string) []onTimePart {
	decl := onTimePart{"declarations", "按时申报", "declared on time", m.Declarations}
	mon := onTimePart{"monitoring", "按时监控", "monitored on time", m.Monitoring}
	rect := onTimePart{"rectifications", "按期整改", "rectified on time", m.Rectifications}
	switch metric {
	case MetricTimeliness:
		return []onTimePart{decl, mon}
	case MetricRectification:
		return []onTimePart{rect}
	}
	return []onTimePart{decl, mon, rect}
}

// scoreOnTime: points × the mean of the parts' on-time shares, over the
// parts with anything due; nothing due at all scores full points.
func scoreOnTime(p Params, parts []onTimePart, w decimal.Decimal) (Score, error) {
	var inputs []KV
	var zh, en, terms []string
	num, den, k := decimal.Zero, one, 0
	// Σ onTimeᵢ ÷ dueᵢ over a common denominator, so that only the score is rounded.
	for _, pt := range parts {
		if pt.v.OnTime < 0 || pt.v.Due < 0 || pt.v.OnTime > pt.v.Due {
			return Score{}, inputError(pt.key, "按时数须在 0 到应办数之间", "the count on time must lie between 0 and the count due")
		}
		inputs = append(inputs, KV{pt.key, fmt.Sprintf("%d/%d", pt.v.OnTime, pt.v.Due)})
		if pt.v.Due == 0 {
			zh = append(zh, pt.zh+"：无应办事项")
			en = append(en, pt.en+": nothing due")
			continue
		}
		k++
		due, ok := decimal.NewFromInt(int64(pt.v.Due)), decimal.NewFromInt(int64(pt.v.OnTime))
		num = num.Mul(due).Add(ok.Mul(den))
		den = den.Mul(due)
		r := ratio{ok, due}
		terms = append(terms, r.value().String())
		zh = append(zh, fmt.Sprintf("%s %d/%d = %s", pt.zh, pt.v.OnTime, pt.v.Due, r.percent()))
		en = append(en, fmt.Sprintf("%s %d/%d = %s", pt.en, pt.v.OnTime, pt.v.Due, r.percent()))
	}
	inputs = append(inputs, KV{"points", w.String()})
	if k == 0 {
		s := roundScore(p, w)
		return Score{s, []string{}, p.explain("MANAGEMENT_NOTHING_DUE", inputs, fixed(p, s), fixed(p, s),
			strings.Join(zh, "；")+"，得满分 "+fixed(p, s), strings.Join(en, "; ")+": full "+fixed(p, s)+" points")}, nil
	}
	s := divRound(w.Mul(num), den.Mul(decimal.NewFromInt(int64(k))), p.ScorePlaces)
	formula := fmt.Sprintf("%s × (%s) ÷ %d = %s", w, strings.Join(terms, " + "), k, fixed(p, s))
	return Score{s, []string{}, p.explain("MANAGEMENT_ON_TIME", inputs, formula, fixed(p, s),
		strings.Join(zh, "；")+"，得分 = "+formula, strings.Join(en, "; ")+", score = "+formula)}, nil
}

// ScoreDelivery scores 履职效能: points × indicators met ÷ indicators with an
// actual value.
func ScoreDelivery(p Params, dl Delivery, w decimal.Decimal) (Score, error) {
	if dl.Total <= 0 || dl.Met < 0 || dl.Met > dl.Total {
		return Score{}, inputError("indicators", "须有已填完成值的项目绩效指标，且达成数不超过总数", "needs project indicators with actual values, and at most as many met as there are")
	}
	met, total := decimal.NewFromInt(int64(dl.Met)), decimal.NewFromInt(int64(dl.Total))
	s := divRound(w.Mul(met), total, p.ScorePlaces)
	inputs := []KV{{"met", fmt.Sprint(dl.Met)}, {"total", fmt.Sprint(dl.Total)}, {"points", w.String()}}
	formula := fmt.Sprintf("%s × %d ÷ %d = %s", w, dl.Met, dl.Total, fixed(p, s))
	return Score{s, []string{}, p.explain("DELIVERY_SHARE_MET", inputs, formula, fixed(p, s),
		fmt.Sprintf("项目绩效指标达成 %d/%d = %s，得分 = %s", dl.Met, dl.Total, ratio{met, total}.percent(), formula),
		fmt.Sprintf("project indicators met %d/%d = %s, score = %s", dl.Met, dl.Total, ratio{met, total}.percent(), formula))}, nil
}

// ScoreSurveys scores 满意度 from the mean of the surveys' rates (rounded to
// 4 places), by the item's bands or proportionally.
func ScoreSurveys(p Params, sr SurveyResults, w decimal.Decimal) (Score, error) {
	if len(sr.Rates) == 0 {
		return Score{}, inputError("rates", "没有满意度调查结果", "there are no survey results")
	}
	sum := decimal.Zero
	var rates []string
	for _, r := range sr.Rates {
		if r.Sign() < 0 || r.GreaterThan(one) {
			return Score{}, inputError("rates", "满意度须在 0 到 1 之间（%s）", "a satisfaction rate must be between 0 and 1 (got %s)", r)
		}
		sum = sum.Add(r)
		rates = append(rates, sharePercent(r))
	}
	mean := divRound(sum, decimal.NewFromInt(int64(len(sr.Rates))), 4)
	s, err := scoreSurvey(p, Survey{Rate: mean, Bands: sr.Bands}, w)
	if err != nil {
		return Score{}, err
	}
	e := s.Explanation
	e.Inputs = append([]KV{{"surveys", strings.Join(rates, ",")}}, e.Inputs...)
	e.ZH = fmt.Sprintf("%d 项满意度调查（%s）平均 %s；", len(sr.Rates), strings.Join(rates, "、"), sharePercent(mean)) + e.ZH
	e.EN = fmt.Sprintf("%d surveys (%s) average %s; ", len(sr.Rates), strings.Join(rates, ", "), sharePercent(mean)) + e.EN
	s.Explanation = e
	return s, nil
}

// IndicatorMet says whether an indicator with an actual value reached its
// target: A ≥ T (> for GT), A ≤ T (< for LT), A = T, or a qualitative
// indicator rated 达成. ok is false when there is nothing to judge yet.
func IndicatorMet(ind Indicator) (met, ok bool) {
	if ind.Comparator == enums.ComparatorQualitative {
		if ind.Level == "" {
			return false, false
		}
		return ind.Level == enums.QualitativeLevelAchieved, true
	}
	if ind.Target == nil || ind.Actual == nil {
		return false, false
	}
	a, t := *ind.Actual, *ind.Target
	switch ind.Comparator {
	case enums.ComparatorGte:
		return a.GreaterThanOrEqual(t), true
	case enums.ComparatorGt:
		return a.GreaterThan(t), true
	case enums.ComparatorLte:
		return a.LessThanOrEqual(t), true
	case enums.ComparatorLt:
		return a.LessThan(t), true
	case enums.ComparatorEq:
		return a.Equal(t), true
	}
	return false, false
}
