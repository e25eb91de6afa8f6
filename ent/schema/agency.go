package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Agency 第三方机构: an evaluation agency (accounting firm, consultancy, institute).
type Agency struct{ ent.Schema }

func (Agency) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (Agency) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").NotEmpty().MaxLen(40).Unique().Comment("机构编码（统一社会信用代码）/ Agency code").Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(200).Comment("机构名称 / Agency name").Annotations(entgql.OrderField("NAME")),
		field.String("contact").Optional().MaxLen(50).Comment("联系人 / Contact person"),
		field.String("phone").Optional().MaxLen(30).Comment("联系电话 / Phone"),
	}
}

func (Agency) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("experts", Expert.Type).Comment("机构专家 / Experts of the agency").Annotations(connection()...),
		edge.To("evaluations", Evaluation.Type).Comment("承担的评价 / Evaluations assigned").Annotations(connection()...),
		edge.To("users", User.Type).Comment("机构用户 / Users of the agency").Annotations(connection()...),
	}
}

func (Agency) Annotations() []schema.Annotation {
	return listed("第三方机构：承担绩效评价的第三方 / A third-party evaluation agency", createAndUpdate...)
}

func (Agency) Policy() ent.Policy {
	return access{everyoneReads: true}.policy()
}
