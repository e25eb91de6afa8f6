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
	"jixiao/internal/domain/enums"
)

// Assessment 事前绩效评估: the ex-ante assessment that gates a project's budget.
type Assessment struct{ ent.Schema }

func (Assessment) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Assessment) Fields() []ent.Field {
	return []ent.Field{
		optionalDecimalField("necessity", "立项必要性得分 / Score: necessity of the project"),
		optionalDecimalField("feasibility", "实施方案可行性得分 / Score: feasibility of the plan"),
		optionalDecimalField("benefit", "效益可实现性得分 / Score: achievability of the benefits"),
		optionalDecimalField("economy", "预算合理性/投入经济性得分 / Score: budget reasonableness and economy"),
		optionalDecimalField("compliance", "筹资合规性得分 / Score: compliance of the financing"),
		field.Enum("conclusion").NamedValues(
			"Support", "SUPPORT",
			"PartialSupport", "PARTIAL_SUPPORT",
			"Reject", "REJECT",
		).Comment("评估结论：予以支持 / 部分支持 / 不予支持 / Conclusion"),
		field.Text("summary").Optional().Comment("评估意见 / Summary of findings"),
		field.Time("assessed_at").Default(nowUTC).
			Comment("评估时间 / Assessed at").
			Annotations(entgql.OrderField("ASSESSED_AT")),
		field.Int("project_id").Comment("项目 / Project"),
		inheritedDepartmentIDField(),
	}
}

func (Assessment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("assessments").Field("project_id").Unique().Required().Comment("项目 / Project"),
		inheritedDepartmentEdge("assessments"),
		edge.To("experts", Expert.Type).Comment("评估专家 / Experts").Annotations(entgql.RelayConnection()),
	}
}

func (Assessment) Indexes() []ent.Index {
	return []ent.Index{index.Fields("project_id", "assessed_at"), index.Fields("department_id")}
}

func (Assessment) Annotations() []schema.Annotation {
	return listed("事前绩效评估：立项前的必要性、可行性、经济性等评估 / Ex-ante performance assessment of a project", entgql.MutationCreate()) // recorded by the workflow, never edited
}

func (Assessment) Hooks() []ent.Hook {
	return []ent.Hook{assessmentsAreRecords(), nonNegative("necessity", "feasibility", "benefit", "economy", "compliance"), inheritDepartment(func(ctx context.Context, m *gen.AssessmentMutation) (int, bool, error) {
		id, ok := m.ProjectID()
		if !ok {
			return 0, false, nil
		}
		return departmentOf(ctx, "projectID", "项目", "project", id,
			m.Client().Project.Query().Where(project.ID(id)).Select(project.FieldDepartmentID).Int)
	})}
}

func (Assessment) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.AssessmentFilter).WhereHasProjectWith(projectAssignedTo(agency))
		},
		writers: []enums.Role{enums.RoleFinanceReviewer},
	}.policy()
}
