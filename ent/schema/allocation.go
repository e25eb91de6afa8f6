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
	"jixiao/ent/project"

	"jixiao/ent/privacy"
)

// Allocation 预算安排: a fund's money granted to a project in a fiscal year.
type Allocation struct{ ent.Schema }

func (Allocation) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Allocation) Fields() []ent.Field {
	return []ent.Field{
		fiscalYearField(),
		moneyField("initial_amount", "年初预算（元）/ Initial budget (yuan)", entgql.OrderField("INITIAL_AMOUNT")),
		field.Int64("adjusted_amount").GoType(moneyType).NonNegative().Optional().Nillable().
			Comment("调整后预算（元），未调整时为空 / Adjusted budget (yuan); empty when never adjusted").
			Annotations(entgql.Type("Money")),
		field.Int("fund_id").Comment("资金 / Fund"),
		field.Int("project_id").Comment("项目 / Project"),
		inheritedDepartmentIDField(),
	}
}

func (Allocation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("fund", Fund.Type).Ref("allocations").Field("fund_id").Unique().Required().Comment("资金 / Fund"),
		edge.From("project", Project.Type).Ref("allocations").Field("project_id").Unique().Required().Comment("项目 / Project"),
		inheritedDepartmentEdge("allocations"),
		edge.To("disbursements", Disbursement.Type).Comment("支出 / Disbursements").Annotations(connection()...),
	}
}

func (Allocation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("project_id", "fiscal_year"),
		index.Fields("department_id", "fiscal_year"),
		index.Fields("fund_id"),
	}
}

func (Allocation) Annotations() []schema.Annotation {
	return listed("预算安排：资金安排给项目的年初预算与调整后预算 / A fund's money granted to a project: initial and adjusted budget", entgql.MutationCreate()) // recorded by the workflow, never edited
}

func (Allocation) Hooks() []ent.Hook {
	return []ent.Hook{allocationGuard(), inheritDepartment(func(ctx context.Context, m *gen.AllocationMutation) (int, bool, error) {
		id, ok := m.ProjectID()
		if !ok {
			return 0, false, nil
		}
		return departmentOf(ctx, "projectID", "项目", "project", id,
			m.Client().Project.Query().Where(project.ID(id)).Select(project.FieldDepartmentID).Int)
	})}
}

func (Allocation) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.AllocationFilter).WhereHasProjectWith(projectAssignedTo(agency))
		},
	}.policy()
}
