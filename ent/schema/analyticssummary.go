package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/shopspring/decimal"

	"jixiao/ent/privacy"
)

// The analytics summaries (统计汇总表): per department and fiscal year, what
// the cockpit, the department comparison and the stats queries add up, so
// that they read a few rows per department instead of every payment and
// indicator. They are written only by package analytics — recomputed from the
// base tables for each (department, fiscal year) a change touches, inside the
// change's transaction (analytics.Hook) — and never through ent or the API.
// Department attributes (region, sector, parent) are not copied: the queries
// join departments, so moving a department needs no refresh.

// ExecutionSummary 预算执行汇总: budget and payments of one department and
// fiscal year, by project category, project sector and fund source.
type ExecutionSummary struct{ ent.Schema }

func (ExecutionSummary) Fields() []ent.Field {
	f := []ent.Field{
		field.Int("department_id").Comment("部门/单位 / Department"),
		field.Int("fiscal_year").Comment("预算年度 / Fiscal year"),
		field.String("category").Comment("项目类别 / Project category"),
		field.String("sector").Comment("项目所属行业 / Project sector"),
		field.String("fund_source").Comment("资金来源 / Fund source"),
		field.Int64("initial_amount").Default(0).Comment("年初预算（分）/ Initial budget (fen)"),
		field.Int64("adjusted_amount").Default(0).Comment("调整后预算（分）/ Adjusted budget (fen)"),
		field.Int64("paid_amount").Default(0).Comment("全年支出（分）/ Paid in the year (fen)"),
	}
	for _, m := range monthColumns {
		f = append(f, field.Int64(m).Default(0).Comment("当月支出（分）/ Paid in the month (fen)"))
	}
	return f
}

// monthColumns hold the payments of each month (Asia/Shanghai), paid_01 … paid_12.
var monthColumns = []string{"paid_01", "paid_02", "paid_03", "paid_04", "paid_05", "paid_06",
	"paid_07", "paid_08", "paid_09", "paid_10", "paid_11", "paid_12"}

func (ExecutionSummary) Indexes() []ent.Index {
	return []ent.Index{index.Fields("department_id", "fiscal_year", "category", "sector", "fund_source").Unique(),
		index.Fields("fiscal_year")}
}

func (ExecutionSummary) Annotations() []schema.Annotation { return summaryAnnotations() }
func (ExecutionSummary) Policy() ent.Policy               { return summaryPolicy() }

// PerformanceSummary 绩效汇总: projects, targets, indicators and monitoring
// warnings of one department and fiscal year, by project category and sector
// (both empty for department-wide targets).
type PerformanceSummary struct{ ent.Schema }

func (PerformanceSummary) Fields() []ent.Field {
	return []ent.Field{
		field.Int("department_id").Comment("部门/单位 / Department"),
		field.Int("fiscal_year").Comment("预算年度 / Fiscal year"),
		field.String("category").Comment("项目类别，部门整体为空 / Project category; empty for department-wide"),
		field.String("sector").Comment("项目所属行业，部门整体为空 / Project sector; empty for department-wide"),
		field.Int("projects").Default(0).Comment("当年在实施的项目数 / Projects running in the year"),
		field.Int("key_projects").Default(0).Comment("重点项目数 / Key projects"),
		field.Int("targets_declared").Default(0).Comment("已申报目标数（现行版本）/ Targets declared (current versions)"),
		field.Int("targets_approved").Default(0).Comment("已批复目标数 / Targets approved"),
		field.Int("indicators").Default(0).Comment("指标数 / Indicators"),
		field.Int("indicators_reported").Default(0).Comment("已填报完成值的指标数 / Indicators with an actual value"),
		field.Int("indicators_completed").Default(0).Comment("已完成的指标数 / Indicators that met their target"),
		field.Int("monitored_projects").Default(0).Comment("有监控记录的项目数 / Projects monitored"),
		field.Int("red_projects").Default(0).Comment("最近一期红色预警的项目数 / Projects red in their latest monitoring"),
		field.Int("yellow_projects").Default(0).Comment("最近一期黄色预警的项目数 / Projects yellow in their latest monitoring"),
	}
}

func (PerformanceSummary) Indexes() []ent.Index {
	return []ent.Index{index.Fields("department_id", "fiscal_year", "category", "sector").Unique(),
		index.Fields("fiscal_year")}
}

func (PerformanceSummary) Annotations() []schema.Annotation { return summaryAnnotations() }
func (PerformanceSummary) Policy() ent.Policy               { return summaryPolicy() }

// EvaluationSummary 评价汇总: evaluations, scores and grades of one department
// and fiscal year, by project category, project sector and evaluation kind.
type EvaluationSummary struct{ ent.Schema }

func (EvaluationSummary) Fields() []ent.Field {
	return []ent.Field{
		field.Int("department_id").Comment("部门/单位 / Department"),
		field.Int("fiscal_year").Comment("预算年度 / Fiscal year"),
		field.String("category").Comment("项目类别，部门整体为空 / Project category; empty for department-wide"),
		field.String("sector").Comment("项目所属行业，部门整体为空 / Project sector; empty for department-wide"),
		field.String("kind").Comment("评价类型 / Evaluation kind"),
		field.Int("evaluations").Default(0).Comment("评价数 / Evaluations"),
		field.Int("scored").Default(0).Comment("已有总分的评价数 / Evaluations with a total score"),
		field.Int64("score_sum").Default(0).Comment("总分之和（万分之一分）/ Sum of total scores in 1/10000 points"),
		field.Int("excellent").Default(0).Comment("优 / Excellent"),
		field.Int("good").Default(0).Comment("良 / Good"),
		field.Int("fair").Default(0).Comment("中 / Fair"),
		field.Int("poor").Default(0).Comment("差 / Poor"),
	}
}

func (EvaluationSummary) Indexes() []ent.Index {
	return []ent.Index{index.Fields("department_id", "fiscal_year", "category", "sector", "kind").Unique(),
		index.Fields("fiscal_year")}
}

func (EvaluationSummary) Annotations() []schema.Annotation { return summaryAnnotations() }
func (EvaluationSummary) Policy() ent.Policy               { return summaryPolicy() }

// DepartmentYearSummary 部门年度汇总: the three summaries above added up per
// department and fiscal year (all categories, sectors, sources and
// evaluation kinds): one row per department is what the department
// comparison and the cockpit read. Recomputed with them.
type DepartmentYearSummary struct{ ent.Schema }

func (DepartmentYearSummary) Fields() []ent.Field {
	return append([]ent.Field{
		field.Int("department_id").Comment("部门/单位 / Department"),
		field.Int("fiscal_year").Comment("预算年度 / Fiscal year"),
	}, yearRollupFields()...)
}

// yearRollupFields are the figures of a department-year or region-year roll-up.
func yearRollupFields() []ent.Field {
	f := []ent.Field{
		field.Int64("initial_amount").Default(0).Comment("年初预算（分）/ Initial budget (fen)"),
		field.Int64("adjusted_amount").Default(0).Comment("调整后预算（分）/ Adjusted budget (fen)"),
		field.Int64("paid_amount").Default(0).Comment("全年支出（分）/ Paid in the year (fen)"),
	}
	for _, m := range monthColumns {
		f = append(f, field.Int64(m).Default(0).Comment("当月支出（分）/ Paid in the month (fen)"))
	}
	for _, c := range []struct{ name, comment string }{
		{"projects", "当年在实施的项目数 / Projects running in the year"},
		{"key_projects", "重点项目数 / Key projects"},
		{"targets_declared", "已申报目标数 / Targets declared"},
		{"targets_approved", "已批复目标数 / Targets approved"},
		{"indicators", "指标数 / Indicators"},
		{"indicators_reported", "已填报完成值的指标数 / Indicators with an actual value"},
		{"indicators_completed", "已完成的指标数 / Indicators that met their target"},
		{"monitored_projects", "有监控记录的项目数 / Projects monitored"},
		{"red_projects", "红色预警项目数 / Projects red"},
		{"yellow_projects", "黄色预警项目数 / Projects yellow"},
		{"evaluations", "评价数 / Evaluations"},
		{"scored", "已有总分的评价数 / Evaluations with a total score"},
		{"excellent", "优 / Excellent"},
		{"good", "良 / Good"},
		{"fair", "中 / Fair"},
		{"poor", "差 / Poor"},
	} {
		f = append(f, field.Int(c.name).Default(0).Comment(c.comment))
	}
	f = append(f, field.Int64("score_sum").Default(0).Comment("总分之和（万分之一分）/ Sum of total scores in 1/10000 points"))
	// Coverage (覆盖率) of the projects whose department this is (the whole
	// year's budget of each, whatever department its allocations are under).
	return append(f,
		field.Int64("coverage_budget").Default(0).Comment("本部门项目的当年预算（分）/ Budget of the year of the department's projects (fen)"),
		field.Int64("targeted_budget").Default(0).Comment("其中已批复绩效目标的（分）/ Of it, of projects with an approved target (fen)"),
		field.Int64("key_evaluation_budget").Default(0).Comment("其中财政重点或第三方评价的（分）/ Of it, under a finance key or third-party evaluation (fen)"),
		field.Int("self_evaluation_due").Default(0).Comment("达到重点项目金额、应开展自评的项目数 / Projects at the key-project threshold, due a self-evaluation"),
		field.Int("self_evaluated").Default(0).Comment("其中已提交自评的 / Of them, with a submitted self-evaluation"),
	)
}

func (DepartmentYearSummary) Indexes() []ent.Index {
	return []ent.Index{index.Fields("department_id", "fiscal_year").Unique(), index.Fields("fiscal_year")}
}

func (DepartmentYearSummary) Annotations() []schema.Annotation { return summaryAnnotations() }
func (DepartmentYearSummary) Policy() ent.Policy               { return summaryPolicy() }

// RegionYearSummary 区域年度汇总: the department-year roll-up added up per
// region (the departments' region today) and fiscal year, so that the cockpit
// of the whole scope or of a region reads a row per region, not one per
// department. Recomputed with the department-year rows it adds up, and for
// both regions when a department moves; its row is the region-year's lock, so
// writers of one region and year serialise on it (taken before their
// departments' locks).
type RegionYearSummary struct{ ent.Schema }

func (RegionYearSummary) Fields() []ent.Field {
	return append(append([]ent.Field{
		field.String("region").Comment("区域 / Region"),
		field.Int("fiscal_year").Comment("预算年度 / Fiscal year"),
	}, yearRollupFields()...),
		// overdue = this − the open ones whose deadline is still ahead (few)
		field.Int("open_rectifications").Default(0).Comment("未完成的整改数（区域整改汇总之和）/ Rectifications not done (the region rectification rows added up)"))
}

func (RegionYearSummary) Indexes() []ent.Index {
	return []ent.Index{index.Fields("region", "fiscal_year").Unique(), index.Fields("fiscal_year")}
}

func (RegionYearSummary) Annotations() []schema.Annotation { return summaryAnnotations() }
func (RegionYearSummary) Policy() ent.Policy               { return summaryPolicy() }

// RegionSummary 区域汇总: how many departments each region has, kept with the
// department tree (departments are few and change rarely: the table is
// rebuilt whole with the tree's closure), so that the cockpit's region level
// lists the regions and their department counts without counting every
// department.
type RegionSummary struct{ ent.Schema }

func (RegionSummary) Fields() []ent.Field {
	return []ent.Field{
		field.String("region").Unique().Comment("区域 / Region"),
		field.Int("departments").Default(0).Comment("区域内的部门数 / Departments of the region"),
	}
}

func (RegionSummary) Annotations() []schema.Annotation { return summaryAnnotations() }
func (RegionSummary) Policy() ent.Policy               { return summaryPolicy() }

// DepartmentScoreRank 部门评价得分排名: each department's rank by average
// score (as shown, rounded; highest first, ties share a rank) among all
// departments in a fiscal year — the default ordering of the department
// comparison — so that its first page reads a page of rows, not every
// department. Only departments with a score have a row; the rest share the
// rank after the last. Scores change only with evaluations, so the year is
// re-ranked when its evaluation summaries change (at commit), not on payments.
type DepartmentScoreRank struct{ ent.Schema }

func (DepartmentScoreRank) Fields() []ent.Field {
	return []ent.Field{
		field.Int("department_id").Comment("部门/单位 / Department"),
		field.Int("fiscal_year").Comment("预算年度 / Fiscal year"),
		field.Int("score_rank").Comment("按平均得分（降序）的名次，并列同名次 / Rank by average score, highest first; ties share a rank"),
	}
}

func (DepartmentScoreRank) Indexes() []ent.Index {
	return []ent.Index{index.Fields("fiscal_year", "department_id").Unique(), index.Fields("fiscal_year", "score_rank")}
}

func (DepartmentScoreRank) Annotations() []schema.Annotation { return summaryAnnotations() }
func (DepartmentScoreRank) Policy() ent.Policy               { return summaryPolicy() }

// ExecutionScoreCell 执行率与得分分布: how many departments' own figures of a
// fiscal year fall in each cell of execution rate (5 % wide) against average
// score (5 points high) — the comparison's chart of every scored department —
// kept as each department-year summary is rewritten, so that the chart of a
// year reads its cells, not every department.
type ExecutionScoreCell struct{ ent.Schema }

func (ExecutionScoreCell) Fields() []ent.Field {
	return []ent.Field{
		field.Int("fiscal_year").Comment("预算年度 / Fiscal year"),
		field.Int("execution_cell").Comment("执行率格（执行率 ÷ 5%，向下取整）/ Execution-rate cell (rate ÷ 5 %, rounded down)"),
		field.Int("score_cell").Comment("得分格（平均得分 ÷ 5，向下取整，100 分并入最后一格）/ Score cell (average score ÷ 5, rounded down; 100 joins the last cell)"),
		field.Int("departments").Default(0).Comment("落在该格的已评分部门数 / Scored departments in the cell"),
	}
}

func (ExecutionScoreCell) Indexes() []ent.Index {
	return []ent.Index{index.Fields("fiscal_year", "execution_cell", "score_cell").Unique()}
}

func (ExecutionScoreCell) Annotations() []schema.Annotation { return summaryAnnotations() }
func (ExecutionScoreCell) Policy() ent.Policy               { return summaryPolicy() }

// RegionRectificationSummary 区域整改汇总: the rectification summary added up
// per region, fiscal year and deadline; kept with RegionYearSummary, whose
// open_rectifications is its sum per region-year (a cockpit reads that and the
// rows whose deadline is still ahead, not every deadline).
type RegionRectificationSummary struct{ ent.Schema }

func (RegionRectificationSummary) Fields() []ent.Field {
	return []ent.Field{
		field.String("region").Comment("区域 / Region"),
		field.Int("fiscal_year").Comment("来源评价或监控的预算年度 / Fiscal year of the finding"),
		field.Time("deadline").Comment("整改期限 / Deadline"),
		field.Int("open_count").Default(0).Comment("未完成的整改数 / Rectifications not done"),
	}
}

func (RegionRectificationSummary) Indexes() []ent.Index {
	return []ent.Index{index.Fields("region", "fiscal_year", "deadline").Unique(), index.Fields("fiscal_year", "deadline")}
}

func (RegionRectificationSummary) Annotations() []schema.Annotation { return summaryAnnotations() }
func (RegionRectificationSummary) Policy() ent.Policy               { return summaryPolicy() }

// RectificationSummary 整改汇总: rectifications not done, per responsible
// department, the fiscal year of the evaluation or monitoring record that found
// the problem, and deadline — so that "overdue" (deadline before now, which
// moves with the clock) is one comparison at read time.
type RectificationSummary struct{ ent.Schema }

func (RectificationSummary) Fields() []ent.Field {
	return []ent.Field{
		field.Int("department_id").Comment("责任单位 / Responsible department"),
		field.Int("fiscal_year").Comment("来源评价或监控的预算年度 / Fiscal year of the finding"),
		field.Time("deadline").Comment("整改期限 / Deadline"),
		field.Int("open_count").Default(0).Comment("未完成的整改数 / Rectifications not done"),
	}
}

func (RectificationSummary) Indexes() []ent.Index {
	return []ent.Index{index.Fields("department_id", "fiscal_year", "deadline").Unique(), index.Fields("fiscal_year")}
}

func (RectificationSummary) Annotations() []schema.Annotation { return summaryAnnotations() }
func (RectificationSummary) Policy() ent.Policy               { return summaryPolicy() }

// ProjectYearSummary 项目年度汇总: one row per project and fiscal year it
// runs in — budget, payments, its most authoritative score and its main
// quantity output indicator — for the same-type comparison (比较法), and its
// indicator completion and monitoring warnings for the stats cube's PROJECT
// dimension. Kept under the key of the project's own department.
type ProjectYearSummary struct{ ent.Schema }

func (ProjectYearSummary) Fields() []ent.Field {
	return []ent.Field{
		field.Int("project_id").Comment("项目 / Project"),
		field.Int("fiscal_year").Comment("预算年度 / Fiscal year"),
		field.Int("department_id").Comment("项目的主管部门 / The project's department"),
		field.String("code").Comment("项目编码 / Project code"),
		field.String("category").Comment("项目类别 / Project category"),
		field.String("sector").Comment("项目所属行业 / Project sector"),
		field.Int64("adjusted_amount").Default(0).Comment("当年调整后预算（分）/ Adjusted budget of the year (fen)"),
		field.Int64("paid_amount").Default(0).Comment("当年支出（分）/ Paid in the year (fen)"),
		field.Int64("score").Optional().Nillable().Comment("最权威评价的总分（万分之一分）/ Total score of the most authoritative evaluation (1/10000 points)"),
		field.String("grade").Optional().Nillable().Comment("该评价的等级 / Its grade"),
		field.String("score_kind").Optional().Nillable().Comment("该评价的类型 / Its kind"),
		field.Int("output_indicator_id").Optional().Nillable().Comment("主要产出数量指标 / Main quantity output indicator"),
		field.String("output_unit").Optional().Nillable().Comment("其计量单位 / Its unit"),
		field.Other("output_actual", decimal.Decimal{}).SchemaType(decimalColumn).Optional().Nillable().
			Comment("其完成值 / Its actual value"),
		field.Int("indicators").Default(0).Comment("现行目标的指标数 / Indicators of the current targets"),
		field.Int("indicators_completed").Default(0).Comment("已完成的指标数 / Indicators that met their target"),
		field.Int("monitored_months").Default(0).Comment("当年监控期数 / Monitoring periods recorded in the year"),
		field.Int("red_months").Default(0).Comment("当年红色预警的监控期数 / Periods with a red warning in the year"),
		field.Int("yellow_months").Default(0).Comment("当年黄色预警的监控期数 / Periods with a yellow warning in the year"),
		field.Int("latest_warning_severity").Default(0).
			Comment("最近一期监控的预警严重程度（rules.WarningSeverity；0 无监控）/ Severity of the latest monitoring's warning (rules.WarningSeverity; 0 none)"),
	}
}

func (ProjectYearSummary) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("project_id", "fiscal_year").Unique(),
		index.Fields("department_id", "fiscal_year"),
		index.Fields("fiscal_year", "sector"),
	}
}

func (ProjectYearSummary) Annotations() []schema.Annotation { return summaryAnnotations() }
func (ProjectYearSummary) Policy() ent.Policy               { return summaryPolicy() }

// DepartmentClosure 部门层级闭包: every (ancestor, department) pair of the
// department tree, the department itself included (depth 0), so that "a
// department with its subordinate units" is a join, not a recursive query.
// Recomputed whenever a department is created, moved or deleted.
type DepartmentClosure struct{ ent.Schema }

func (DepartmentClosure) Fields() []ent.Field {
	return []ent.Field{
		field.Int("ancestor_id").Comment("上级（含自身）/ Ancestor (or the department itself)"),
		field.Int("department_id").Comment("部门/单位 / Department"),
		field.Int("depth").Default(0).Comment("层级差 / Levels between them"),
	}
}

func (DepartmentClosure) Indexes() []ent.Index {
	return []ent.Index{index.Fields("ancestor_id", "department_id").Unique(), index.Fields("department_id")}
}

func (DepartmentClosure) Annotations() []schema.Annotation { return summaryAnnotations() }
func (DepartmentClosure) Policy() ent.Policy               { return summaryPolicy() }

// SummaryRefresh 汇总刷新记录: one row per (department, fiscal year) the
// summaries cover. A refresh first bumps its row, which serialises concurrent
// refreshes of the same key (the row lock is held to commit), then recomputes.
type SummaryRefresh struct{ ent.Schema }

func (SummaryRefresh) Fields() []ent.Field {
	return []ent.Field{
		field.Int("department_id").Comment("部门/单位 / Department"),
		field.Int("fiscal_year").Comment("预算年度 / Fiscal year"),
		field.Int64("version").Default(0).Comment("刷新次数 / Number of refreshes"),
	}
}

func (SummaryRefresh) Indexes() []ent.Index {
	return []ent.Index{index.Fields("department_id", "fiscal_year").Unique()}
}

func (SummaryRefresh) Annotations() []schema.Annotation { return summaryAnnotations() }
func (SummaryRefresh) Policy() ent.Policy               { return summaryPolicy() }

// summaryAnnotations keep the summaries out of the GraphQL API: the analytics
// queries expose them, typed and scoped to the viewer.
func summaryAnnotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("统计汇总表（由 analytics 维护）/ Analytics summary (maintained by package analytics)"), entgql.Skip()}
}

// summaryPolicy: nothing reads or writes the summaries through ent; package
// analytics uses SQL with the viewer's scope.
func summaryPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
