package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"entgo.io/ent/entql"

	gen "jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/privacy"

	"jixiao/internal/domain/enums"
)

// BudgetLink 结果应用: how an evaluation's result is applied — a next-year budget
// suggestion and the other applications (通报, 公开, 问责).
type BudgetLink struct{ ent.Schema }

func (BudgetLink) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (BudgetLink) Fields() []ent.Field {
	return []ent.Field{
		field.Int("fiscal_year").Range(2000, 2100).
			Comment("应用于的预算年度（通常为下一年度）/ Budget year it applies to (usually the next)").
			Annotations(entgql.OrderField("FISCAL_YEAR")),
		field.Enum("suggestion").NamedValues(
			"Increase", "INCREASE",
			"Keep", "KEEP",
			"Cut", "CUT",
		).Comment("预算建议：增加 / 保持 / 压减 / Budget suggestion: increase, keep or cut"),
		field.Int64("amount").GoType(moneyType).NonNegative().Optional().Nillable().
			Comment("调整金额（元）/ Amount of the change (yuan)").
			Annotations(entgql.Type("Money")),
		optionalDecimalField("percent", "调整比例（%）/ Change in percent"),
		field.Bool("notify").Default(false).Comment("通报 / Circulated as a notice"),
		field.Bool("disclose").Default(false).Comment("公开 / Publicly disclosed"),
		field.Bool("accountability").Default(false).Comment("问责 / Accountability pursued"),
		field.Text("note").Optional().Comment("说明 / Note"),
		field.Int("evaluation_id").Comment("绩效评价 / Evaluation"),
		inheritedDepartmentIDField(),
	}
}

func (BudgetLink) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("evaluation", Evaluation.Type).Ref("budget_links").Field("evaluation_id").Unique().Required().Comment("绩效评价 / Evaluation"),
		inheritedDepartmentEdge("budget_links"),
	}
}

func (BudgetLink) Indexes() []ent.Index {
	return []ent.Index{index.Fields("evaluation_id"), index.Fields("department_id", "fiscal_year")}
}

func (BudgetLink) Annotations() []schema.Annotation {
	return listed("结果应用：评价结果与下年度预算挂钩及通报、公开、问责 / Application of an evaluation's result to next year's budget and beyond", createOnly...)
}

func (BudgetLink) Hooks() []ent.Hook {
	return []ent.Hook{workflowOnly("结果应用", "budget link"), financeCreates(RefuseBudgetLinkCreate),
		appendOnly("结果应用一经确定不能修改，请新增一条", "a budget link is never changed: add a new one"), nonNegative("percent"), inheritDepartment(func(ctx context.Context, m *gen.BudgetLinkMutation) (int, bool, error) {
			id, ok := m.EvaluationID()
			if !ok {
				return 0, false, nil
			}
			return departmentOf(ctx, "evaluationID", "绩效评价", "evaluation", id,
				m.Client().Evaluation.Query().Where(evaluation.ID(id)).Select(evaluation.FieldDepartmentID).Int)
		})}
}

func (BudgetLink) Policy() ent.Policy {
	return access{departmentReads: true, writers: []enums.Role{enums.RoleFinanceReviewer},
		// The public (信息公开) reads only the links finance marked for
		// disclosure, of published evaluations.
		publishedReads: func(f privacy.Filter) {
			bf := f.(*gen.BudgetLinkFilter)
			bf.WhereDisclose(entql.BoolEQ(true))
			bf.WhereHasEvaluationWith(published())
		},
	}.policy()
}
