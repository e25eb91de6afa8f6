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

	"jixiao/ent/privacy"
)

// Indicator 绩效指标: a level-3 indicator of a target, under its level-1 and
// level-2 categories, with its target value and, once known, its actual value.
type Indicator struct{ ent.Schema }

func (Indicator) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Indicator) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("category").GoType(enums.IndicatorCategory("")).
			Comment("一级指标：产出 / 效益 / 满意度 / 成本 / Level-1 category").
			Annotations(entgql.Type("IndicatorCategory"), entgql.OrderField("CATEGORY")),
		field.Enum("subcategory").GoType(enums.Subcategory("")).
			Comment("二级指标，如数量、质量、时效、社会效益 / Level-2 category, e.g. quantity, quality, timeliness, social benefit").
			Annotations(entgql.Type("Subcategory")),
		field.String("name").NotEmpty().MaxLen(200).
			Comment("三级指标名称，如“培训人次” / Level-3 indicator name, e.g. “people trained”").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("comparator").GoType(enums.Comparator("")).
			Comment("比较符：≥ > = < ≤ 或定性 / Comparator, or qualitative").
			Annotations(entgql.Type("Comparator")),
		optionalDecimalField("target_value", "指标值（定量）/ Target value (quantitative)"),
		field.String("target_text").Optional().MaxLen(500).
			Comment("指标值（定性描述）/ Target (qualitative wording)"),
		field.String("unit").Optional().MaxLen(20).Comment("计量单位 / Unit"),
		decimalField("weight", "分值（权重）/ Points (weight)"),
		field.Enum("standard").NamedValues(
			"Plan", "PLAN",
			"Industry", "INDUSTRY",
			"History", "HISTORY",
			"BudgetStandard", "BUDGET_STANDARD",
			"Other", "OTHER",
		).Default("PLAN").
			Comment("指标值设定依据：计划标准 / 行业标准 / 历史标准 / 预算支出标准 / 其他 / Standard the target value is based on"),
		optionalDecimalField("baseline", "历史值（如近三年平均）/ Baseline: historical value, e.g. the last three years' average"),
		optionalDecimalField("standard_value", "预算支出标准（成本指标上限）/ Budget expenditure standard (cap of a cost indicator)"),
		optionalDecimalField("actual_value", "完成值 / Actual value"),
		field.Enum("actual_level").GoType(enums.QualitativeLevel("")).Optional().Nillable().
			Comment("完成情况（定性）/ Actual level (qualitative)").
			Annotations(entgql.Type("QualitativeLevel")),
		field.Strings("evidence").Optional().
			Comment("佐证材料（文件名或链接）/ Evidence files (names or links)"),
		field.Text("deviation_reason").Optional().Comment("偏差原因 / Reason for a deviation"),
		field.Int("sort_order").Default(0).Comment("排序 / Sort order").Annotations(entgql.OrderField("SORT_ORDER")),
		field.Int("target_id").Comment("绩效目标 / Target"),
		field.Int("template_id").Optional().Nillable().Comment("指标库中的指标 / Library indicator"),
		// Continuity across versions (issue 11 §8): adjustTarget copies the
		// indicators into the new version; each copy links the one it revises,
		// so progress recorded on the old version stays reachable from the new.
		field.Int("previous_id").Optional().Nillable().
			Comment("上一目标版本中被本指标修订的指标（调整目标时建立）/ The indicator of the previous target version this one revises (set by adjustTarget)").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Int("lineage_id").Optional().Nillable().
			Comment("指标谱系：最初版本指标的 ID，为空即本指标为最初版本 / Lineage: the first version's indicator id; empty when this is the first version").
			Annotations(entgql.Type("ID"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		inheritedDepartmentIDField(),
	}
}

func (Indicator) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("target", Target.Type).Ref("indicators").Field("target_id").Unique().Required().Comment("绩效目标 / Target"),
		edge.From("template", IndicatorTemplate.Type).Ref("indicators").Field("template_id").Unique().Comment("指标库中的指标 / Library indicator"),
		inheritedDepartmentEdge("indicators"),
		edge.To("progresses", IndicatorProgress.Type).Comment("监控进度 / Monitoring progress").Annotations(connection()...),
		// Neither side is client-writable: only adjustTarget links versions.
		edge.To("revisions", Indicator.Type).
			Comment("下一版本中修订本指标的指标 / The indicators of the next target version that revise this one").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			From("previous").Field("previous_id").Unique().
			Comment("上一版本的同一指标 / The same indicator in the previous target version").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("score_items", ScoreItem.Type).Comment("评分项 / Score items").Annotations(connection()...),
	}
}

func (Indicator) Indexes() []ent.Index {
	return []ent.Index{index.Fields("target_id", "sort_order"), index.Fields("department_id"), index.Fields("template_id"),
		index.Fields("previous_id"), index.Fields("lineage_id")}
}

func (Indicator) Annotations() []schema.Annotation {
	return listed("绩效指标：目标下的三级指标 / A level-3 performance indicator of a target", createOnly...)
}

func (Indicator) Hooks() []ent.Hook {
	return []ent.Hook{workflowOnly("绩效指标", "indicator"), guardIndicator(), nonNegative("weight"), indicatorCategories(), inheritDepartment(func(ctx context.Context, m *gen.IndicatorMutation) (int, bool, error) {
		id, ok := m.TargetID()
		if !ok {
			return 0, false, nil
		}
		return departmentOf(ctx, "targetID", "绩效目标", "target", id,
			m.Client().Target.Query().Where(target.ID(id)).Select(target.FieldDepartmentID).Int)
	})}
}

func (Indicator) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.IndicatorFilter).WhereHasTargetWith(target.HasProjectWith(projectAssignedTo(agency)))
		},
		publishedReads: func(f privacy.Filter) { f.(*gen.IndicatorFilter).WhereHasTargetWith(approved()) },
		writers:        []enums.Role{enums.RoleFinanceReviewer, enums.RoleDepartmentUser},
	}.policy()
}
