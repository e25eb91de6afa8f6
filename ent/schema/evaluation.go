package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"jixiao/internal/domain/enums"

	"entgo.io/ent/entql"
	gen "jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/privacy"
)

// Evaluation 绩效评价: a scored evaluation of a project or a whole department.
type Evaluation struct{ ent.Schema }

func (Evaluation) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (Evaluation) Fields() []ent.Field {
	return []ent.Field{
		fiscalYearField(),
		field.Enum("kind").NamedValues(
			"Self", "SELF",
			"Department", "DEPARTMENT",
			"FinanceKey", "FINANCE_KEY",
			"ThirdParty", "THIRD_PARTY",
		).Comment("评价类型：单位自评 / 部门评价 / 财政重点评价 / 第三方评价 / Kind of evaluation").
			Annotations(entgql.OrderField("KIND")),
		field.String("scheme").NotEmpty().MaxLen(40).
			Comment("评分方案模板，如 SELF、PROJECT_KEY、DEPARTMENT_WIDE / Scheme template, e.g. SELF, PROJECT_KEY, DEPARTMENT_WIDE"),
		field.Enum("status").NamedValues(
			"Planned", "PLANNED",
			"InProgress", "IN_PROGRESS",
			"Submitted", "SUBMITTED",
			"Reviewed", "REVIEWED",
			"Published", "PUBLISHED",
		).Default("PLANNED").
			Comment("状态：计划 / 进行中 / 已提交 / 已复核 / 已公开 / Status").
			Annotations(entgql.OrderField("STATUS"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		optionalDecimalField("total_score", "总分 / Total score", entgql.OrderField("TOTAL_SCORE"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("grade").GoType(enums.Grade("")).Optional().Nillable().
			Comment("评价等级：优 / 良 / 中 / 差 / Grade").
			Annotations(entgql.Type("Grade"), entgql.OrderField("GRADE"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Text("findings").Optional().Comment("存在问题 / Findings"),
		field.Text("recommendations").Optional().Comment("意见建议 / Recommendations"),
		field.Text("report").Optional().Comment("评价报告 / Report text"),
		field.Time("published_at").Optional().Nillable().
			Comment("公开时间 / Published at").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Strings("consistency_flags").Optional().
			Comment("一致性检查（计算得分时记录）：HIGH_SCORE_LOW_SPENDING 高分低支出，UNDERSPENT 预算结余过多 / Consistency flags stored when the evaluation is computed").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("reopened_at").Optional().Nillable().
			Comment("最近一次重新打开的时间（UTC）/ When finance last reopened the published evaluation (UTC)").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Text("reopen_reason").Optional().
			Comment("重新打开的理由（财政填写，留痕）/ Finance's reason for reopening the published evaluation (audited)").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("project_id").Optional().Nillable().Comment("项目（部门整体评价为空）/ Project (empty for a department-wide evaluation)"),
		field.Int("department_id").Comment("被评价部门/单位 / Department evaluated"),
		field.Int("agency_id").Optional().Nillable().Comment("第三方机构 / Third-party agency"),
		field.Int("evaluation_scheme_id").Optional().Nillable().Immutable().
			Comment("所用评价方案版本（按模板创建时为空）/ The scheme version it was made from (empty for a built-in template)").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("rule_set_id").Optional().Nillable().
			Comment("评分所用规则集版本 / Rule-set version it was scored with").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (Evaluation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("evaluations").Field("project_id").Unique().Comment("项目 / Project"),
		edge.From("department", Department.Type).Ref("evaluations").Field("department_id").Unique().Required().Comment("被评价部门/单位 / Department evaluated"),
		edge.From("agency", Agency.Type).Ref("evaluations").Field("agency_id").Unique().Comment("第三方机构 / Third-party agency"),
		edge.From("rule_set", RuleSet.Type).Ref("evaluations").Field("rule_set_id").Unique().
			Comment("评分所用规则集 / Rule set used for scoring").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.From("evaluation_scheme", EvaluationScheme.Type).Ref("evaluations").Field("evaluation_scheme_id").Unique().Immutable().
			Comment("所用评价方案版本 / The scheme version it was made from").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("experts", Expert.Type).Comment("评价专家 / Experts").Annotations(entgql.RelayConnection()),
		edge.To("score_items", ScoreItem.Type).Comment("评分项 / Score items").Annotations(connection()...),
		edge.To("rectifications", Rectification.Type).Comment("整改 / Rectifications").Annotations(connection()...),
		edge.To("budget_links", BudgetLink.Type).Comment("结果应用 / Budget links").Annotations(connection()...),
	}
}

func (Evaluation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("department_id", "fiscal_year"),
		index.Fields("project_id"),
		index.Fields("fiscal_year", "kind", "status"),
		index.Fields("agency_id"),
		// One self-evaluation per project and fiscal year (and one
		// department-wide self-evaluation per department and year).
		index.Fields("project_id", "fiscal_year").Unique().
			Annotations(entsql.IndexWhere("kind = 'SELF' AND project_id IS NOT NULL")).StorageKey("evaluation_one_self_per_project_year"),
		index.Fields("department_id", "fiscal_year").Unique().
			Annotations(entsql.IndexWhere("kind = 'SELF' AND project_id IS NULL")).StorageKey("evaluation_one_self_per_department_year"),
		index.Fields("evaluation_scheme_id", "status"),
	}
}

func (Evaluation) Annotations() []schema.Annotation {
	return listed("绩效评价：对项目或部门整体的评价与打分 / A scored evaluation of a project or a whole department")
}

// Hooks: the workflow is the only write path (guards.go).
func (Evaluation) Hooks() []ent.Hook {
	return []ent.Hook{workflowOnly("绩效评价", "evaluation"), guardEvaluation(), oneSelfEvaluation()}
}

func (Evaluation) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.EvaluationFilter).WhereAgencyID(entql.IntEQ(agency))
		},
		publishedReads: func(f privacy.Filter) {
			f.(*gen.EvaluationFilter).WhereStatus(entql.StringEQ(string(evaluation.StatusPublished)))
		},
		writers: []enums.Role{enums.RoleFinanceReviewer, enums.RoleDepartmentUser, enums.RoleEvaluator},
		// Departments run their own self-evaluations only.
		departmentWrites: func(f privacy.Filter) {
			f.(*gen.EvaluationFilter).WhereKind(entql.StringEQ(string(evaluation.KindSelf)))
		},
		departmentCreates: func(m ent.Mutation) error {
			if kind, _ := m.(*gen.EvaluationMutation).Kind(); kind != evaluation.KindSelf {
				return privacy.Denyf("部门只能开展单位自评 / departments run self-evaluations only")
			}
			return nil
		},
	}.policy()
}
