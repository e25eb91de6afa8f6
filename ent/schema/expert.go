package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Expert 专家库: an expert who scores assessments and evaluations.
type Expert struct{ ent.Schema }

func (Expert) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (Expert) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(50).Comment("姓名 / Name").Annotations(entgql.OrderField("NAME")),
		field.String("specialty").NotEmpty().MaxLen(100).Comment("专业领域 / Specialty"),
		field.String("title").Optional().MaxLen(50).Comment("职称 / Professional title"),
		field.String("phone").Optional().MaxLen(30).Comment("联系电话 / Phone"),
		field.Int("agency_id").Optional().Nillable().Comment("所属机构 / Agency"),
		field.Int("department_id").Optional().Nillable().
			Comment("工作单位（评价该部门时须回避）/ Employer department (recused from evaluating it)"),
		field.Ints("conflict_department_ids").Optional().
			Comment("申报的利益冲突部门（须回避）/ Departments the expert declared a conflict of interest with (recused)"),
	}
}

func (Expert) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("agency", Agency.Type).Ref("experts").Field("agency_id").Unique().Comment("所属机构 / Agency"),
		edge.From("evaluations", Evaluation.Type).Ref("experts").Comment("参与的评价 / Evaluations").Annotations(connection()...),
		edge.From("assessments", Assessment.Type).Ref("experts").Comment("参与的事前评估 / Ex-ante assessments").Annotations(connection()...),
	}
}

func (Expert) Annotations() []schema.Annotation {
	return listed("专家库：参与评估与评价的专家 / An expert who scores assessments and evaluations", createAndUpdate...)
}

func (Expert) Policy() ent.Policy {
	return access{everyoneReads: true}.policy()
}
