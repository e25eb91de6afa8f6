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
	"jixiao/ent/evidence"
	"jixiao/ent/indicator"
	"jixiao/ent/indicatorprogress"
	"jixiao/ent/monitoring"
	"jixiao/ent/privacy"
	"jixiao/ent/scoreitem"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
)

// Evidence 佐证材料: a file backing an indicator's progress, a monitoring
// period, a score item or a rectification. The content is stored once per
// SHA-256 (package documents/files); the row says who attached what to which
// record. Evidence is never changed or deleted: what was submitted stays
// provable.
type Evidence struct{ ent.Schema }

func (Evidence) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Evidence) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(255).Comment("文件名 / File name"),
		field.String("content_type").NotEmpty().MaxLen(100).Comment("按内容识别的类型 / Content type, sniffed from the content"),
		field.Int64("size").Positive().Comment("字节数 / Size in bytes"),
		field.String("sha256").MinLen(64).MaxLen(64).Comment("内容的 SHA-256（十六进制）/ SHA-256 of the content, hex"),
		field.Int("indicator_progress_id").Optional().Nillable().Comment("指标监控进度 / Indicator progress"),
		field.Int("monitoring_id").Optional().Nillable().Comment("绩效监控 / Monitoring record"),
		field.Int("score_item_id").Optional().Nillable().Comment("评分项 / Score item"),
		field.Int("rectification_id").Optional().Nillable().Comment("整改 / Rectification"),
		field.Int("uploaded_by_id").Comment("上传人 / Uploaded by"),
		field.Int("department_id").Comment("所属部门（附着记录的部门）/ Owning department (that of the record it is attached to)"),
		// Finance marks a file for disclosure; the public then reads it once
		// the row it backs is published (a score item of a published evaluation).
		field.Bool("public").Default(false).Comment("财政部门标记为公开 / Marked for disclosure by finance"),
	}
}

func (Evidence) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("indicator_progress", IndicatorProgress.Type).Field("indicator_progress_id").Unique(),
		edge.To("monitoring", Monitoring.Type).Field("monitoring_id").Unique(),
		edge.To("score_item", ScoreItem.Type).Field("score_item_id").Unique(),
		edge.To("rectification", Rectification.Type).Field("rectification_id").Unique(),
		edge.To("uploaded_by", User.Type).Field("uploaded_by_id").Unique().Required(),
		edge.To("department", Department.Type).Field("department_id").Unique().Required(),
	}
}

func (Evidence) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("indicator_progress_id"), index.Fields("monitoring_id"), index.Fields("score_item_id"),
		index.Fields("rectification_id"), index.Fields("department_id"), index.Fields("sha256"),
	}
}

// Evidence has a hand-written GraphQL type (graph/documents.graphql).
func (Evidence) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (Evidence) Hooks() []ent.Hook {
	return []ent.Hook{func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate) {
				if v, _ := m.Field("public"); v == true && !financeMarks(ctx) {
					return nil, &fail.Error{Code: fail.CodeForbidden, ZH: "只有财政部门可以公开佐证材料", EN: "only finance marks evidence public"}
				}
				return next.Mutate(ctx, m)
			}
			if !m.Op().Is(ent.OpUpdateOne) || !onlyPublicChanges(m) {
				return nil, &fail.Error{Code: fail.CodeForbidden, ZH: "佐证材料一经上传不可修改或删除", EN: "evidence is never changed or deleted once uploaded"}
			}
			if !financeMarks(ctx) {
				return nil, &fail.Error{Code: fail.CodeForbidden, ZH: "只有财政部门可以公开佐证材料", EN: "only finance marks evidence public"}
			}
			return next.Mutate(ctx, m)
		})
	}}
}

// onlyPublicChanges: the one change evidence admits is its public mark.
func onlyPublicChanges(m ent.Mutation) bool {
	for _, f := range m.Fields() {
		if f != "public" && f != "updated_at" {
			return false
		}
	}
	return len(m.ClearedFields()) == 0 && len(m.AddedEdges()) == 0 && len(m.RemovedEdges()) == 0 && len(m.ClearedEdges()) == 0
}

// financeMarks: finance administrators and reviewers decide disclosure.
func financeMarks(ctx context.Context) bool {
	v := auth.FromContext(ctx)
	return v != nil && (v.Role == enums.RoleFinanceAdmin || v.Role == enums.RoleFinanceReviewer)
}

func (Evidence) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.EvidenceFilter).WhereHasScoreItemWith(scoreitem.HasEvaluationWith(assignedTo(agency)))
		},
		// The public reads a file finance marked public, backing a score item
		// of a published evaluation, or the monitoring or an indicator's
		// progress of an approved target: nothing else.
		publishedReads: func(f privacy.Filter) {
			approvedTarget := entql.HasEdgeWith(monitoring.EdgeTarget, entql.FieldEQ(target.FieldStatus, string(target.StatusApproved)))
			f.Where(entql.And(
				entql.FieldEQ(evidence.FieldPublic, true),
				entql.Or(
					entql.HasEdgeWith(evidence.EdgeScoreItem, entql.HasEdgeWith(scoreitem.EdgeEvaluation,
						entql.FieldEQ(evaluation.FieldStatus, string(evaluation.StatusPublished)))),
					entql.HasEdgeWith(evidence.EdgeMonitoring, approvedTarget),
					entql.HasEdgeWith(evidence.EdgeIndicatorProgress, entql.HasEdgeWith(indicatorprogress.EdgeIndicator,
						entql.HasEdgeWith(indicator.EdgeTarget, entql.FieldEQ(target.FieldStatus, string(target.StatusApproved))))),
				),
			))
		},
		writers: []enums.Role{enums.RoleFinanceReviewer, enums.RoleDepartmentUser, enums.RoleEvaluator},
	}.policy()
}
