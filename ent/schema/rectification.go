package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
)

// Rectification 整改: a problem found by an evaluation or a monitoring record,
// the action required, who is responsible and by when. Overdue is derived from
// the deadline, never stored.
type Rectification struct{ ent.Schema }

func (Rectification) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (Rectification) Fields() []ent.Field {
	return []ent.Field{
		field.Text("problem").NotEmpty().Comment("存在问题 / Problem"),
		field.Text("required_action").NotEmpty().Comment("整改要求 / Required action"),
		field.Time("deadline").Comment("整改期限 / Deadline").Annotations(entgql.OrderField("DEADLINE")),
		field.Enum("status").NamedValues(
			"Open", "OPEN",
			"InProgress", "IN_PROGRESS",
			"Done", "DONE",
		).Default("OPEN").
			Comment("状态：待整改 / 整改中 / 已完成 / Status").
			Annotations(entgql.OrderField("STATUS"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Text("completion_note").Optional().Comment("整改情况说明 / Completion note"),
		field.Time("completed_at").Optional().Nillable().
			Comment("完成时间 / Completed at").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("department_id").Comment("责任单位 / Responsible department"),
		field.Int("evaluation_id").Optional().Nillable().Comment("来源评价 / Evaluation that found the problem"),
		field.Int("monitoring_id").Optional().Nillable().Comment("来源监控 / Monitoring record that found the problem"),
	}
}

func (Rectification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("department", Department.Type).Ref("rectifications").Field("department_id").Unique().Required().Comment("责任单位 / Responsible department"),
		edge.From("evaluation", Evaluation.Type).Ref("rectifications").Field("evaluation_id").Unique().Comment("来源评价 / Evaluation"),
		edge.From("monitoring", Monitoring.Type).Ref("rectifications").Field("monitoring_id").Unique().Comment("来源监控 / Monitoring record"),
	}
}

func (Rectification) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("department_id", "status"),
		index.Fields("evaluation_id"),
		index.Fields("monitoring_id"),
		index.Fields("status", "deadline"),
	}
}

func (Rectification) Annotations() []schema.Annotation {
	return listed("整改：评价或监控发现问题的整改要求与进度 / Rectification of a problem found by an evaluation or monitoring", createOnly...)
}

// Hooks: finance sets a rectification; the department reports its progress
// through startRectification / completeRectification (guards.go).
func (Rectification) Hooks() []ent.Hook {
	return []ent.Hook{workflowOnly("整改事项", "rectification"),
		financeCreates(RefuseRectificationCreate)}
}

func (Rectification) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.RectificationFilter).WhereHasEvaluationWith(assignedTo(agency))
		},
		writers: []enums.Role{enums.RoleFinanceReviewer, enums.RoleDepartmentUser},
	}.policy()
}
