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
	"jixiao/ent/target"

	"jixiao/internal/domain/enums"
)

// Review 审核记录: finance's decision on a submitted target, with the automatic
// check results as they were at that moment.
type Review struct{ ent.Schema }

func (Review) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Review) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("decision").NamedValues("Approve", "APPROVE", "Return", "RETURN").
			Comment("审核结论：通过 / 退回 / Decision: approve or return"),
		field.Enum("grade").GoType(enums.Grade("")).Optional().Nillable().
			Comment("目标审核等级：优 / 良 / 中 / 差 / Review grade of the target").
			Annotations(entgql.Type("Grade")),
		field.Text("comments").Optional().Comment("审核意见 / Comments"),
		field.JSON("checks", []map[string]any{}).Optional().
			Comment("审核时的自动检查结果 / Automatic check results at review time").
			Annotations(entgql.Skip()),
		field.Int("target_id").Comment("绩效目标 / Target"),
		field.Int("reviewer_id").Optional().Nillable().Comment("审核人 / Reviewer"),
		inheritedDepartmentIDField(),
	}
}

func (Review) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("target", Target.Type).Ref("reviews").Field("target_id").Unique().Required().Comment("绩效目标 / Target"),
		edge.To("reviewer", User.Type).Field("reviewer_id").Unique().Comment("审核人 / Reviewer"),
		inheritedDepartmentEdge("reviews"),
	}
}

func (Review) Indexes() []ent.Index {
	return []ent.Index{index.Fields("target_id"), index.Fields("department_id")}
}

func (Review) Annotations() []schema.Annotation {
	return listed("审核记录：财政对绩效目标的审核 / Finance's review of a declared target")
}

func (Review) Hooks() []ent.Hook {
	return []ent.Hook{workflowOnly("审核记录", "review"), appendOnly("审核记录不能修改或删除", "a review is never changed or deleted"), inheritDepartment(func(ctx context.Context, m *gen.ReviewMutation) (int, bool, error) {
		id, ok := m.TargetID()
		if !ok {
			return 0, false, nil
		}
		return departmentOf(ctx, "targetID", "绩效目标", "target", id,
			m.Client().Target.Query().Where(target.ID(id)).Select(target.FieldDepartmentID).Int)
	})}
}

func (Review) Policy() ent.Policy {
	return access{departmentReads: true, writers: []enums.Role{enums.RoleFinanceReviewer}}.policy()
}
