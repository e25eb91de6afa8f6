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
	"jixiao/ent/monitoring"

	"jixiao/internal/domain/enums"

	"jixiao/ent/privacy"
)

// IndicatorProgress 指标监控进度: one indicator's progress in one monitoring record.
type IndicatorProgress struct{ ent.Schema }

func (IndicatorProgress) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (IndicatorProgress) Fields() []ent.Field {
	return []ent.Field{
		optionalDecimalField("completed_to_date", "截至期末完成值 / Completed to date"),
		field.Enum("completed_level").GoType(enums.QualitativeLevel("")).Optional().Nillable().
			Comment("定性指标完成情况 / Progress of a qualitative indicator").
			Annotations(entgql.Type("QualitativeLevel")),
		optionalDecimalField("expected_full_year", "预计全年完成值 / Expected full-year value"),
		field.Enum("reason").NamedValues(
			"Funding", "FUNDING",
			"Institutional", "INSTITUTIONAL",
			"Staffing", "STAFFING",
			"Hardware", "HARDWARE",
			"PolicyChange", "POLICY_CHANGE",
			"Emergency", "EMERGENCY",
			"Other", "OTHER",
		).Optional().Nillable().
			Comment("偏差原因类别：经费保障 / 制度保障 / 人员保障 / 硬件条件 / 政策变化 / 突发事件 / 其他 / Reason category of a deviation"),
		field.Text("reason_text").Optional().Comment("偏差原因说明 / Reason for the deviation"),
		field.Enum("likelihood").NamedValues(
			"Certain", "CERTAIN",
			"Possible", "POSSIBLE",
			"Impossible", "IMPOSSIBLE",
		).Optional().Nillable().
			Comment("完成可能性：确定能 / 有可能 / 完全不可能 / Likelihood of completion"),
		field.Enum("warning_level").GoType(enums.WarningLevel("")).Default(string(enums.WarningLevelGreen)).
			Comment("预警等级 / Warning level").
			Annotations(entgql.Type("WarningLevel")),
		field.Int("monitoring_id").Comment("监控记录 / Monitoring record"),
		field.Int("indicator_id").Comment("绩效指标 / Indicator"),
		inheritedDepartmentIDField(),
	}
}

func (IndicatorProgress) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("monitoring", Monitoring.Type).Ref("progresses").Field("monitoring_id").Unique().Required().Comment("监控记录 / Monitoring record"),
		edge.From("indicator", Indicator.Type).Ref("progresses").Field("indicator_id").Unique().Required().Comment("绩效指标 / Indicator"),
		inheritedDepartmentEdge("indicator_progresses"),
	}
}

func (IndicatorProgress) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("monitoring_id", "indicator_id").Unique(),
		index.Fields("indicator_id"),
		index.Fields("department_id"),
	}
}

func (IndicatorProgress) Annotations() []schema.Annotation {
	return listed("指标监控进度：某期监控中一个指标的完成进度 / One indicator's progress in a monitoring record")
}

func (IndicatorProgress) Hooks() []ent.Hook {
	return []ent.Hook{workflowOnly("指标监控进度", "indicator progress record"), guardIndicatorProgress(), inheritDepartment(func(ctx context.Context, m *gen.IndicatorProgressMutation) (int, bool, error) {
		id, ok := m.MonitoringID()
		if !ok {
			return 0, false, nil
		}
		return departmentOf(ctx, "monitoringID", "监控记录", "monitoring record", id,
			m.Client().Monitoring.Query().Where(monitoring.ID(id)).Select(monitoring.FieldDepartmentID).Int)
	})}
}

func (IndicatorProgress) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.IndicatorProgressFilter).WhereHasMonitoringWith(monitoring.HasProjectWith(projectAssignedTo(agency)))
		},
		writers: []enums.Role{enums.RoleDepartmentUser},
	}.policy()
}
