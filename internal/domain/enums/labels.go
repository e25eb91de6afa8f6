package enums

// SchemaLabels are the Chinese and English names of the values of the enums
// ent declares on the entities themselves (statuses, kinds, sources …),
// keyed by GraphQL enum name. The schema carries them as each value's
// description, and the SPA's labels are generated from the schema.
var SchemaLabels = map[string]map[string]Label{
	"AssessmentConclusion": {
		"SUPPORT":         {"予以支持", "support"},
		"PARTIAL_SUPPORT": {"部分支持", "partial support"},
		"REJECT":          {"不予支持", "not supported"},
	},
	"BudgetLinkSuggestion": {
		"INCREASE": {"增加预算", "increase"},
		"KEEP":     {"维持预算", "keep"},
		"CUT":      {"压减预算", "cut"},
	},
	"DepartmentKind": {
		"ADMINISTRATIVE": {"行政单位", "administrative unit"},
		"INSTITUTION":    {"事业单位", "public institution"},
		"OTHER":          {"其他", "other"},
	},
	"EvaluationKind": {
		"SELF":        {"单位自评", "self-evaluation"},
		"DEPARTMENT":  {"部门评价", "department evaluation"},
		"FINANCE_KEY": {"财政重点评价", "finance key evaluation"},
		"THIRD_PARTY": {"第三方评价", "third-party evaluation"},
	},
	"EvaluationSchemeSubject": {
		"PROJECT":    {"项目", "project"},
		"DEPARTMENT": {"部门整体", "whole department"},
	},
	"EvaluationStatus": {
		"PLANNED":     {"已计划", "planned"},
		"IN_PROGRESS": {"评价中", "in progress"},
		"SUBMITTED":   {"已提交", "submitted"},
		"REVIEWED":    {"已审核", "reviewed"},
		"PUBLISHED":   {"已公开", "published"},
	},
	"FundLevel": {
		"CENTRAL":  {"中央", "central"},
		"PROVINCE": {"省级", "provincial"},
		"CITY":     {"市级", "city"},
		"COUNTY":   {"县级", "county"},
	},
	"FundSource": {
		"GENERAL_BUDGET":  {"一般公共预算", "general public budget"},
		"GOVERNMENT_FUND": {"政府性基金预算", "government fund budget"},
		"STATE_CAPITAL":   {"国有资本经营预算", "state capital operation budget"},
		"TRANSFER":        {"上级转移支付", "transfer from higher level"},
		"SPECIAL_BOND":    {"专项债券", "special bond"},
		"OTHER":           {"其他", "other"},
	},
	"IndicatorProgressLikelihood": {
		"CERTAIN":    {"确定能", "certain"},
		"POSSIBLE":   {"有可能", "possible"},
		"IMPOSSIBLE": {"完全不可能", "impossible"},
	},
	"IndicatorProgressReason": {
		"FUNDING":       {"经费保障", "funding"},
		"INSTITUTIONAL": {"制度保障", "institutional"},
		"STAFFING":      {"人员保障", "staffing"},
		"HARDWARE":      {"硬件条件", "hardware"},
		"POLICY_CHANGE": {"政策变化", "policy change"},
		"EMERGENCY":     {"突发事件", "emergency"},
		"OTHER":         {"其他", "other"},
	},
	"IndicatorStandard": {
		"PLAN":            {"计划标准", "plan standard"},
		"INDUSTRY":        {"行业标准", "industry standard"},
		"HISTORY":         {"历史标准", "historical standard"},
		"BUDGET_STANDARD": {"预算支出标准", "budget expenditure standard"},
		"OTHER":           {"其他", "other"},
	},
	"MonitoringPeriodKind": {
		"MONTH":   {"月度", "monthly"},
		"QUARTER": {"季度", "quarterly"},
	},
	"MonitoringRecommendation": {
		"CONTINUE": {"继续实施", "continue"},
		"ADJUST":   {"调整", "adjust"},
		"SUSPEND":  {"暂缓", "suspend"},
		"STOP":     {"终止", "stop"},
	},
	"OrderDirection": {
		"ASC":  {"升序", "ascending"},
		"DESC": {"降序", "descending"},
	},
	"ProjectCategory": {
		"SPECIAL_BUSINESS":     {"专项业务费", "special business expense"},
		"SPECIAL_FUNDS":        {"专项经费", "special funds"},
		"CAPITAL_CONSTRUCTION": {"基本建设", "capital construction"},
		"TRANSFER_PAYMENT":     {"转移支付", "transfer payment"},
		"POLICY":               {"政策", "policy"},
	},
	"ProjectStatus": {
		"RESERVE":     {"储备", "reserve"},
		"APPROVED":    {"已批复", "approved"},
		"IN_PROGRESS": {"执行中", "in progress"},
		"COMPLETED":   {"已完成", "completed"},
		"SUSPENDED":   {"暂缓", "suspended"},
		"STOPPED":     {"终止", "stopped"},
	},
	"RectificationStatus": {
		"OPEN":        {"待整改", "open"},
		"IN_PROGRESS": {"整改中", "in progress"},
		"DONE":        {"已完成", "done"},
	},
	"ReviewDecision": {
		"APPROVE": {"审核通过", "approve"},
		"RETURN":  {"退回修改", "return"},
	},
	"ScoreItemMethod": {
		"INDICATOR":      {"指标评分", "indicator"},
		"EXECUTION_RATE": {"预算执行率", "execution rate"},
		"MANUAL":         {"人工评分", "manual points"},
		"SURVEY":         {"问卷调查", "survey"},
		"DEDUCTION":      {"扣分法", "deduction"},
		"VETO":           {"一票否决", "veto"},
		"BONUS_PENALTY":  {"加减分", "bonus / penalty"},
		"COMPOSITE":      {"综合", "composite"},
		"DATA":           {"数据计算", "computed from data"},
	},
	"TargetStatus": {
		"DRAFT":      {"草稿", "draft"},
		"SUBMITTED":  {"已提交", "submitted"},
		"RETURNED":   {"已退回", "returned"},
		"APPROVED":   {"已批复", "approved"},
		"ADJUSTING":  {"调整中", "adjusting"},
		"SUPERSEDED": {"已被新版本取代", "superseded"},
	},
	"TargetTerm": {
		"ANNUAL":   {"年度目标", "annual"},
		"MID_TERM": {"中期目标", "mid-term"},
	},
}
