package rules

// Metrics of a DATA item beyond the department-wide template's four: the
// budget execution rate, and the two halves of 管理效率 on their own.
const (
	MetricExecution     = "EXECUTION_RATE"         // 预算执行率：实际支出 ÷ 预算
	MetricTimeliness    = "TIMELINESS"             // 及时性：按时申报、按时监控
	MetricRectification = "RECTIFICATIONS_ON_TIME" // 整改按期完成率
)

// DataMetricInfo describes one metric a DATA item of a scheme may name as
// its code: what it is called and which data it is computed from, in Chinese
// and English. The scheme editor offers exactly these (schemeDataMetrics).
type DataMetricInfo struct {
	Code               string
	NameZH, NameEN     string
	SourceZH, SourceEN string
}

// DataMetrics lists the data-driven metrics, in the order the editor offers them.
func DataMetrics() []DataMetricInfo {
	return []DataMetricInfo{
		{MetricExecution, "预算执行率", "budget execution rate",
			"实际支出 ÷ 调整后预算，按执行率计分", "paid ÷ adjusted budget, scored by the execution rate"},
		{MetricRunningCost, "运行成本（人均支出对比同行业中位数）", "running cost (cost per head against the sector's median)",
			"本年支出 ÷ 编制人数，不高于同行业部门中位数得满分，否则按中位数 ÷ 人均支出计分",
			"the year's expenditure ÷ headcount: full points at most the sector's median, else points × median ÷ cost per head"},
		{MetricTimeliness, "及时性（按时申报、按时监控）", "timeliness (declared and monitored on time)",
			"二上截止前申报的绩效目标、按期报送的监控记录所占比例", "shares of targets declared by the 二上 deadline and monitoring records filed on time"},
		{MetricRectification, "整改按期完成率", "rectifications done on time",
			"到期整改事项中按期完成的比例", "share of the rectifications due that were done by their deadline"},
		{MetricManagement, "管理效率（申报、监控、整改及时性）", "management efficiency (declarations, monitoring, rectifications on time)",
			"按时申报、按时监控、按期整改三项比例的平均", "the mean of the on-time shares of declarations, monitoring and rectifications"},
		{MetricDelivery, "履职效能（项目绩效指标达成比例）", "delivery (share of project indicators met)",
			"已填完成值的项目绩效指标中达成目标的比例", "share of the project indicators with an actual value that met their target"},
		{MetricSatisfaction, "满意度（满意度调查）", "satisfaction (surveys)",
			"满意度指标（%）完成值的平均，按档次或比例计分", "the mean of the satisfaction indicators' actual rates (%), scored by bands or proportionally"},
	}
}

// Metrics lists the codes a DATA item may name.
func Metrics() []string {
	var out []string
	for _, m := range DataMetrics() {
		out = append(out, m.Code)
	}
	return out
}

// Name is the metric's name in lang ("en…" English, else Chinese).
func (m DataMetricInfo) Name(lang string) string { return pick(lang, m.NameZH, m.NameEN) }

// Source says what the metric is computed from, in lang.
func (m DataMetricInfo) Source(lang string) string { return pick(lang, m.SourceZH, m.SourceEN) }
