package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
)

// ExpertScore 专家评分: one expert's score of one manual item of an evaluation
// (their own sheet); the item's score is the panel's aggregate of these.
type ExpertScore struct{ ent.Schema }

func (ExpertScore) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (ExpertScore) Fields() []ent.Field {
	return []ent.Field{
		decimalField("score", "专家给出的分数（0 至该项分值）/ The expert's score, within [0, W]"),
		field.Text("note").Optional().Comment("评分说明 / The expert's note"),
		field.Int("expert_id").Comment("专家 / Expert"),
		field.Int("score_item_id").Comment("评分项 / Score item"),
		field.Int("evaluation_id").Comment("绩效评价 / Evaluation"),
		field.Int("department_id").Comment("被评价部门 / Department evaluated").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (ExpertScore) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("expert", Expert.Type).Field("expert_id").Unique().Required().Comment("专家 / Expert"),
		edge.To("score_item", ScoreItem.Type).Field("score_item_id").Unique().Required().Comment("评分项 / Score item"),
		edge.To("evaluation", Evaluation.Type).Field("evaluation_id").Unique().Required().Comment("绩效评价 / Evaluation"),
	}
}

func (ExpertScore) Indexes() []ent.Index {
	return []ent.Index{index.Fields("score_item_id", "expert_id").Unique(), index.Fields("evaluation_id"), index.Fields("department_id")}
}

func (ExpertScore) Annotations() []schema.Annotation {
	return listed("专家评分：每位专家对人工评分项的独立评分 / An expert's own score of a manual item")
}

func (ExpertScore) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.Where(entql.HasEdgeWith("evaluation", entql.FieldEQ("agency_id", agency))) // generic: the generated filter comes after this schema
		},
		writers: []enums.Role{enums.RoleFinanceReviewer, enums.RoleEvaluator},
	}.policy()
}
