package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "jixiao/ent"
	"jixiao/ent/evaluation"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
)

// ScoreItem 评分项: one weighted item of an evaluation's scheme tree, with its
// inputs, score and the explanation of how the score was computed.
type ScoreItem struct{ ent.Schema }

func (ScoreItem) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (ScoreItem) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).Comment("评分项名称 / Item name"),
		field.Int("level").Range(1, 3).Default(1).Comment("层级（1–3 级）/ Level in the tree (1–3)"),
		decimalField("weight", "分值 / Points"),
		field.Enum("method").NamedValues(
			"Indicator", "INDICATOR",
			"ExecutionRate", "EXECUTION_RATE",
			"Manual", "MANUAL",
			"Survey", "SURVEY",
			"Deduction", "DEDUCTION",
			"Veto", "VETO",
			"BonusPenalty", "BONUS_PENALTY",
			"Composite", "COMPOSITE",
			"Data", "DATA",
		).Comment("评分方法：指标 / 预算执行率 / 人工打分 / 满意度调查 / 扣分 / 一票否决 / 加减分 / 组合 / 数据计算（部门整体：运行成本、管理效率、履职效能、满意度）/ Scoring method"),
		field.JSON("inputs", map[string]string{}).Optional().
			Comment("评分输入 / Scoring inputs").
			Annotations(entgql.Skip()),
		optionalDecimalField("score", "得分 / Score"),
		field.Text("explanation").Optional().Comment("得分说明（中文）/ Explanation of the score, in Chinese"),
		field.Text("explanation_en").Optional().Comment("得分说明（英文）/ Explanation of the score, in English"),
		field.Int("sort_order").Default(0).Comment("排序 / Sort order").Annotations(entgql.OrderField("SORT_ORDER")),
		field.Int("evaluation_id").Comment("绩效评价 / Evaluation"),
		field.Int("parent_id").Optional().Nillable().Comment("上级评分项 / Parent item"),
		field.Int("indicator_id").Optional().Nillable().Comment("对应的绩效指标 / Indicator scored"),
		inheritedDepartmentIDField(),
	}
}

func (ScoreItem) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("evaluation", Evaluation.Type).Ref("score_items").Field("evaluation_id").Unique().Required().Comment("绩效评价 / Evaluation"),
		edge.To("children", ScoreItem.Type).Comment("下级评分项 / Child items").Annotations(connection()...),
		edge.From("parent", ScoreItem.Type).Ref("children").Field("parent_id").Unique().Comment("上级评分项 / Parent item"),
		edge.From("indicator", Indicator.Type).Ref("score_items").Field("indicator_id").Unique().Comment("对应的绩效指标 / Indicator scored"),
		inheritedDepartmentEdge("score_items"),
	}
}

func (ScoreItem) Indexes() []ent.Index {
	return []ent.Index{index.Fields("evaluation_id", "sort_order"), index.Fields("parent_id"), index.Fields("department_id")}
}

func (ScoreItem) Annotations() []schema.Annotation {
	return listed("评分项：评价方案树中的一个加权项 / One weighted item of an evaluation's scheme")
}

func (ScoreItem) Hooks() []ent.Hook {
	return []ent.Hook{workflowOnly("评分项", "score item"), guardScoreItem(), nonNegative("weight"), inheritDepartment(func(ctx context.Context, m *gen.ScoreItemMutation) (int, bool, error) {
		id, ok := m.EvaluationID()
		if !ok {
			return 0, false, nil
		}
		return departmentOf(ctx, "evaluationID", "绩效评价", "evaluation", id,
			m.Client().Evaluation.Query().Where(evaluation.ID(id)).Select(evaluation.FieldDepartmentID).Int)
	})}
}

func (ScoreItem) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.ScoreItemFilter).WhereHasEvaluationWith(assignedTo(agency))
		},
		publishedReads: func(f privacy.Filter) { f.(*gen.ScoreItemFilter).WhereHasEvaluationWith(published()) },
		writers:        []enums.Role{enums.RoleFinanceReviewer, enums.RoleDepartmentUser, enums.RoleEvaluator},
	}.policy()
}
