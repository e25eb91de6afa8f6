package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"jixiao/internal/domain/rules"
)

// RuleSet 评分规则: a versioned set of the scoring and monitoring parameters;
// national when region and fiscal year are empty, else an override.
type RuleSet struct{ ent.Schema }

func (RuleSet) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (RuleSet) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100).Comment("规则集名称 / Rule-set name").Annotations(entgql.OrderField("NAME")),
		field.Int("version").Positive().Immutable().Comment("版本号 / Version").Annotations(entgql.OrderField("VERSION")),
		field.String("region").Optional().Nillable().MaxLen(50).Immutable().
			Comment("适用区域，为空即全国默认 / Region it applies to; empty = national default"),
		field.Int("fiscal_year").Range(2000, 2100).Optional().Nillable().Immutable().
			Comment("适用年度，为空即所有年度 / Fiscal year it applies to; empty = every year"),
		field.JSON("params", rules.Params{}).Immutable().
			Comment("规则参数 / Rule parameters").
			Annotations(entgql.Skip()),
		field.Text("description").Optional().Comment("说明 / Description"),
	}
}

func (RuleSet) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("evaluations", Evaluation.Type).Comment("以本规则集评分的评价 / Evaluations scored with it").Annotations(connection()...),
	}
}

func (RuleSet) Indexes() []ent.Index {
	return []ent.Index{index.Fields("region", "fiscal_year", "version")}
}

func (RuleSet) Annotations() []schema.Annotation {
	return listed("评分规则集：评分与监控参数的一个版本 / One version of the scoring and monitoring parameters")
}

func (RuleSet) Policy() ent.Policy {
	return access{publicReads: true}.policy()
}
