package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Department 部门/单位: a budget department or one of its subordinate units.
type Department struct{ ent.Schema }

func (Department) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (Department) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").NotEmpty().MaxLen(32).Unique().
			Comment("单位编码 / Department code").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(100).
			Comment("单位名称 / Department name").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").NamedValues(
			"Administrative", "ADMINISTRATIVE",
			"Institution", "INSTITUTION",
			"Other", "OTHER",
		).Default("ADMINISTRATIVE").
			Comment("单位性质：行政单位 ADMINISTRATIVE / 事业单位 INSTITUTION / 其他 OTHER / Kind of unit"),
		field.String("region").NotEmpty().MaxLen(50).
			Comment("所属区域：市本级或县区 / Region: the city level (市本级) or a county/district").
			Annotations(entgql.OrderField("REGION")),
		sectorField("sector"),
		field.Int("headcount").NonNegative().Default(0).
			Comment("编制人数（用于人均运行成本）/ Headcount (for per-capita running cost)"),
		field.Int("parent_id").Optional().Nillable().
			Comment("上级部门 / Parent department"),
	}
}

func (Department) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Department.Type).Comment("所属单位 / Subordinate units").Annotations(connection()...),
		edge.From("parent", Department.Type).Ref("children").Field("parent_id").Unique().Comment("上级部门 / Parent department"),
		edge.To("projects", Project.Type).Comment("项目 / Projects").Annotations(connection()...),
		edge.To("targets", Target.Type).Comment("绩效目标 / Performance targets").Annotations(connection()...),
		edge.To("evaluations", Evaluation.Type).Comment("绩效评价 / Evaluations").Annotations(connection()...),
		edge.To("rectifications", Rectification.Type).Comment("整改（责任单位）/ Rectifications it is responsible for").Annotations(connection()...),
		edge.To("allocations", Allocation.Type).Comment("预算安排 / Budget allocations").Annotations(connection()...),
		edge.To("disbursements", Disbursement.Type).Comment("支出 / Disbursements").Annotations(connection()...),
		edge.To("indicators", Indicator.Type).Comment("绩效指标 / Indicators").Annotations(connection()...),
		edge.To("monitorings", Monitoring.Type).Comment("绩效监控 / Monitoring records").Annotations(connection()...),
		edge.To("assessments", Assessment.Type).Comment("事前绩效评估 / Ex-ante assessments").Annotations(connection()...),
		edge.To("reviews", Review.Type).Comment("目标审核记录 / Target reviews").Annotations(connection()...),
		edge.To("indicator_progresses", IndicatorProgress.Type).Comment("指标监控进度 / Indicator progress records").Annotations(connection()...),
		edge.To("score_items", ScoreItem.Type).Comment("评分项 / Score items").Annotations(connection()...),
		edge.To("budget_links", BudgetLink.Type).Comment("结果应用 / Budget links").Annotations(connection()...),
		edge.To("users", User.Type).Comment("用户 / Users").Annotations(connection()...),
	}
}

// Hooks keep the departments a tree: no department under itself or under one
// of its own subordinate units.
func (Department) Hooks() []ent.Hook { return []ent.Hook{departmentTree()} }

func (Department) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("region"),
		index.Fields("sector"),
		index.Fields("parent_id"),
	}
}

func (Department) Annotations() []schema.Annotation {
	return listed("部门/单位：预算部门及其所属单位 / A budget department or one of its subordinate units", createAndUpdate...)
}

func (Department) Policy() ent.Policy {
	return access{publicReads: true}.policy()
}
