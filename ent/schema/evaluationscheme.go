package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// EvaluationScheme 评价方案 / 指标体系: a versioned scheme finance edits —
// items, weights, methods with their parameters (deduction sizes, survey
// bands, bonus limits) and composites of periods or components. An
// evaluation created from it copies its items; once an evaluation made from a
// version is submitted, that version is frozen and changes only as a new one.
type EvaluationScheme struct{ ent.Schema }

func (EvaluationScheme) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (EvaluationScheme) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").NotEmpty().MaxLen(40).Immutable().
			Comment("方案编码（各版本相同）/ Scheme code, shared by its versions").Annotations(entgql.OrderField("CODE")),
		field.Int("version").Positive().Immutable().Comment("版本号 / Version").Annotations(entgql.OrderField("VERSION")),
		field.String("name").NotEmpty().MaxLen(100).Comment("方案名称 / Scheme name").Annotations(entgql.OrderField("NAME")),
		field.Enum("subject").NamedValues(
			"Project", "PROJECT",
			"Department", "DEPARTMENT",
		).Default("PROJECT").Immutable().
			Comment("评价对象：项目 / 部门整体 / Subject: a project or a whole department"),
		field.Text("description").Optional().Comment("说明 / Description"),
		field.JSON("definition", rules.SchemeDef{}).
			Comment("方案内容：总分与评分项 / The scheme: its points and items").
			Annotations(entgql.Skip()),
	}
}

func (EvaluationScheme) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("evaluations", Evaluation.Type).Comment("按本方案开展的评价 / Evaluations made from it").Annotations(connection()...),
	}
}

func (EvaluationScheme) Indexes() []ent.Index {
	return []ent.Index{index.Fields("code", "version").Unique()}
}

func (EvaluationScheme) Annotations() []schema.Annotation {
	return listed("评价方案（指标体系）：评分项、分值与评分方法的一个版本 / One version of an evaluation scheme: items, weights and methods")
}

// Hooks: schemes change only through the workflow (internal/workflow/schemes.go).
func (EvaluationScheme) Hooks() []ent.Hook {
	return []ent.Hook{workflowOnly("评价方案", "evaluation scheme")}
}

// Policy: everyone who scores reads the schemes; finance writes them.
func (EvaluationScheme) Policy() ent.Policy {
	return access{everyoneReads: true, writers: []enums.Role{enums.RoleFinanceReviewer}}.policy()
}
