package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"entgo.io/ent/entql"

	gen "jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/privacy"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/internal/domain/enums"
)

// Project 项目: a project expenditure of a department, possibly multi-year (跨年度).
type Project struct{ ent.Schema }

func (Project) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (Project) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").NotEmpty().MaxLen(40).Unique().
			Comment("项目编码 / Project code").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(200).
			Comment("项目名称 / Project name").
			Annotations(entgql.OrderField("NAME")),
		fiscalYearField(),
		field.Int("end_year").Range(2000, 2100).Optional().Nillable().
			Comment("结束年度（跨年度项目），为空即当年 / End year of a multi-year project; empty = the fiscal year"),
		field.Enum("category").NamedValues(
			"SpecialBusiness", "SPECIAL_BUSINESS",
			"SpecialFunds", "SPECIAL_FUNDS",
			"CapitalConstruction", "CAPITAL_CONSTRUCTION",
			"TransferPayment", "TRANSFER_PAYMENT",
			"Policy", "POLICY",
		).Comment("项目类别：专项业务费 / 专项经费 / 基本建设 / 转移支付 / 政策 / Project category").
			Annotations(entgql.OrderField("CATEGORY")),
		sectorField("sector"),
		field.Bool("key_project").Default(false).
			Comment("重点项目（如 50 万元以上须申报目标）/ Key project (e.g. ≥ 500,000 yuan must declare targets)"),
		field.Bool("public_service").Default(false).
			Comment("公共服务类项目（须设满意度指标）/ Public-service project (needs a satisfaction indicator)"),
		field.Enum("status").NamedValues(
			"Reserve", "RESERVE",
			"Approved", "APPROVED",
			"InProgress", "IN_PROGRESS",
			"Completed", "COMPLETED",
			"Suspended", "SUSPENDED",
			"Stopped", "STOPPED",
		).Default("RESERVE").
			Comment("状态：储备 / 已批复 / 执行中 / 已完成 / 暂缓 / 终止 / Status").
			Annotations(entgql.OrderField("STATUS"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Text("description").Optional().Comment("项目概况 / Description"),
		field.Enum("warning_level").GoType(enums.WarningLevel("")).Optional().Nillable().
			Comment("最近一期监控的预警等级（填报监控时更新）/ Warning level of the latest monitoring (set when monitoring is recorded)").
			Annotations(entgql.Type("WarningLevel"), entgql.OrderField("WARNING_LEVEL"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		warningSeverityField(),
		departmentIDField("主管部门/单位 / Department"),
	}
}

// Hooks: a project ends no earlier than it starts; computed fields and the
// reviewer's reach (guards.go); the status moves only by workflow events.
func (Project) Hooks() []ent.Hook {
	return []ent.Hook{projectYears(), projectComputed(), warningSeverityHook(), projectStatusByEvents()}
}

func (Project) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("department", Department.Type).Ref("projects").Field("department_id").Unique().Required().Comment("主管部门/单位 / Department"),
		edge.To("allocations", Allocation.Type).Comment("预算安排 / Allocations").Annotations(connection()...),
		edge.To("disbursements", Disbursement.Type).Comment("支出 / Disbursements").Annotations(connection()...),
		edge.To("targets", Target.Type).Comment("绩效目标 / Performance targets").Annotations(connection()...),
		edge.To("assessments", Assessment.Type).Comment("事前绩效评估 / Ex-ante assessments").Annotations(connection()...),
		edge.To("monitorings", Monitoring.Type).Comment("绩效监控 / Monitoring records").Annotations(connection()...),
		edge.To("evaluations", Evaluation.Type).Comment("绩效评价 / Evaluations").Annotations(connection()...),
	}
}

func (Project) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("department_id", "fiscal_year"),
		index.Fields("fiscal_year", "sector"),
		index.Fields("status"),
	}
}

func (Project) Annotations() []schema.Annotation {
	return listed("项目：部门的项目支出 / A project expenditure of a department", createAndUpdate...)
}

func (Project) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.ProjectFilter).WhereHasEvaluationsWith(assignedTo(agency))
		},
		// The public reads a project once it has an approved target or a
		// published evaluation: publishing discloses what was evaluated.
		publishedReads: func(f privacy.Filter) {
			f.Where(entql.Or(
				entql.HasEdgeWith(project.EdgeTargets, entql.FieldEQ(target.FieldStatus, string(target.StatusApproved))),
				entql.HasEdgeWith(project.EdgeEvaluations, entql.FieldEQ(evaluation.FieldStatus, string(evaluation.StatusPublished))),
			))
		},
		writers: []enums.Role{enums.RoleFinanceReviewer, enums.RoleDepartmentUser},
	}.policy()
}
