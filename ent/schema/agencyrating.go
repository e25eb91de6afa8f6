package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
)

// AgencyRating 中介机构质量考核: finance's rating of a third-party agency's work on
// one finished evaluation, shown when finance assigns the agency the next one.
type AgencyRating struct{ ent.Schema }

func (AgencyRating) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (AgencyRating) Fields() []ent.Field {
	return []ent.Field{
		decimalField("timeliness", "及时性（0–100）/ Timeliness (0–100)"),
		decimalField("report_quality", "报告质量（0–100）/ Report quality (0–100)"),
		decimalField("finance_score", "财政评分（0–100）/ Finance's score (0–100)"),
		decimalField("overall", "综合得分 = 三项平均（四舍五入两位）/ Overall = the mean of the three (half up, 2 places)"),
		field.Text("comments").Optional().Comment("考核意见 / Comments"),
		field.Int("agency_id").Comment("第三方机构 / Agency"),
		field.Int("evaluation_id").Unique().Comment("所评价的绩效评价 / The evaluation rated"),
	}
}

func (AgencyRating) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("agency", Agency.Type).Field("agency_id").Unique().Required().Comment("第三方机构 / Agency"),
		edge.To("evaluation", Evaluation.Type).Field("evaluation_id").Unique().Required().Comment("绩效评价 / Evaluation"),
	}
}

func (AgencyRating) Indexes() []ent.Index { return []ent.Index{index.Fields("agency_id")} }

func (AgencyRating) Annotations() []schema.Annotation {
	return listed("第三方机构质量考核：每个已完成评价一条 / An agency's quality rating per finished evaluation")
}

func (AgencyRating) Policy() ent.Policy {
	return access{
		evaluatorReads: func(f privacy.Filter, agency int) { f.Where(entql.FieldEQ("agency_id", agency)) },
		writers:        []enums.Role{enums.RoleFinanceReviewer},
	}.policy()
}
