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
	"jixiao/ent/privacy"
	"jixiao/ent/target"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// Target 绩效目标: the performance target of a project, or of a whole department
// (整体支出目标). An approved target is never edited in place: an adjustment
// makes a new version and the old one is kept as SUPERSEDED.
type Target struct{ ent.Schema }

func (Target) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (Target) Fields() []ent.Field {
	return []ent.Field{
		fiscalYearField(),
		field.Enum("term").NamedValues("Annual", "ANNUAL", "MidTerm", "MID_TERM").Default("ANNUAL").
			Comment("目标期限：年度 / 中期 / Term: annual or mid-term"),
		field.Text("goal").NotEmpty().
			Comment("总体目标 / Overall goal"),
		field.Enum("status").NamedValues(
			"Draft", "DRAFT",
			"Submitted", "SUBMITTED",
			"Returned", "RETURNED",
			"Approved", "APPROVED",
			"Adjusting", "ADJUSTING",
			"Superseded", "SUPERSEDED",
		).Default("DRAFT").
			Comment("状态：草稿 / 已提交 / 已退回 / 已批复 / 调整中 / 已被新版本替代 / Status").
			Annotations(entgql.OrderField("STATUS"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("version").Default(1).Positive().
			Comment("目标版本：每次调整加一 / Target version: one more per adjustment").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("project_id").Optional().Nillable().Comment("项目（部门整体目标为空）/ Project (empty for a department-wide target)"),
		field.Int("department_id").Comment("部门/单位 / Department"),
		field.Int("predecessor_id").Optional().Nillable().
			Comment("被本版本替代的上一版本 / The version this one replaces").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		// 三同步: a target is declared, approved and adjusted together with its
		// budget, so it carries the money it asks for and the money approved.
		field.Int64("requested_amount").GoType(moneyType).NonNegative().Optional().Nillable().
			Comment("申请金额（元）：随绩效目标申报的预算申请（三同步）/ Amount requested (yuan), declared with the target").
			Annotations(entgql.Type("Money")),
		field.Int64("approved_amount").GoType(moneyType).NonNegative().Optional().Nillable().
			Comment("批复金额（元）：批复目标时核定，不超过申请金额、不低于已安排预算 / Amount approved (yuan), recorded by approveTarget: at most the requested amount, at least what is already allocated").
			Annotations(entgql.Type("Money"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("submitted_by_id").Optional().Nillable().
			Comment("提交人 / Submitted by").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (Target) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("targets").Field("project_id").Unique().Comment("项目 / Project"),
		edge.From("department", Department.Type).Ref("targets").Field("department_id").Unique().Required().Comment("部门/单位 / Department"),
		edge.To("successor", Target.Type).From("predecessor").Field("predecessor_id").Unique().
			Comment("上一版本 / Previous version").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("submitted_by", User.Type).Field("submitted_by_id").Unique().
			Comment("提交人 / Submitted by").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("indicators", Indicator.Type).Comment("绩效指标 / Indicators").Annotations(connection()...),
		edge.To("reviews", Review.Type).Comment("审核记录 / Reviews").Annotations(connection()...),
		edge.To("monitorings", Monitoring.Type).Comment("绩效监控 / Monitoring records").Annotations(connection()...),
	}
}

func (Target) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("department_id", "fiscal_year"),
		index.Fields("project_id"),
		index.Fields("fiscal_year", "status"),
		// One adjustment at a time: a version has at most one successor.
		index.Fields("predecessor_id").Unique(),
	}
}

func (Target) Annotations() []schema.Annotation {
	return listed("绩效目标：项目或部门整体的年度/中期绩效目标 / Performance target of a project or a whole department", createAndUpdate...)
}

// Hooks: the workflow is the only write path (guards.go).
func (Target) Hooks() []ent.Hook {
	return []ent.Hook{workflowOnly("绩效目标", "target"), guardTarget()}
}

func (Target) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.TargetFilter).WhereHasProjectWith(projectAssignedTo(agency))
		},
		publishedReads: func(f privacy.Filter) {
			f.(*gen.TargetFilter).WhereStatus(entql.StringEQ(string(target.StatusApproved)))
		},
		writers: []enums.Role{enums.RoleFinanceReviewer, enums.RoleDepartmentUser},
		// A department changes its target until it is approved; an approved
		// target changes only through an adjustment (a new version).
		departmentWrites: func(f privacy.Filter) {
			f.(*gen.TargetFilter).Where(entql.FieldIn(target.FieldStatus, anyOf(rules.RevisableTargetStatuses)...))
		},
	}.policy()
}

// anyOf passes a list of strings where entql takes values.
func anyOf(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
