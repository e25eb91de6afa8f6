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

	"jixiao/internal/domain/enums"

	"jixiao/ent/privacy"
)

// Monitoring 绩效监控: a project's execution and indicator progress at the end
// of one month (双监控), with its warning and corrective action.
type Monitoring struct{ ent.Schema }

func (Monitoring) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, LockVersionMixin{}} }

func (Monitoring) Fields() []ent.Field {
	return []ent.Field{
		fiscalYearField(),
		field.Int("month").Range(1, 12).
			Comment("监控期末月份（1–12；季度监控为 3/6/9/12）/ Month the period ends (1–12; quarters end in 3/6/9/12)").
			Annotations(entgql.OrderField("MONTH")),
		field.Enum("period_kind").NamedValues("Month", "MONTH", "Quarter", "QUARTER").Default("MONTH").
			Comment("监控周期：月 / 季度 / Period kind: month or quarter"),
		moneyField("budget", "截至期末的调整后预算（元）/ Adjusted budget at the end of the period (yuan)"),
		moneyField("paid_to_date", "累计支出（元）/ Paid to date (yuan)"),
		field.Enum("warning_level").GoType(enums.WarningLevel("")).Default(string(enums.WarningLevelGreen)).
			Comment("预警等级 / Warning level").
			Annotations(entgql.Type("WarningLevel"), entgql.OrderField("WARNING_LEVEL")),
		warningSeverityField(),
		field.Text("corrective_action").Optional().Comment("纠偏措施 / Corrective action"),
		field.Enum("recommendation").NamedValues(
			"Continue", "CONTINUE",
			"Adjust", "ADJUST",
			"Suspend", "SUSPEND",
			"Stop", "STOP",
		).Default("CONTINUE").
			Comment("处理建议：继续 / 调整 / 暂缓 / 终止 / Recommendation"),
		field.Text("note").Optional().Comment("情况说明 / Note"),
		field.Int("project_id").Comment("项目 / Project"),
		field.Int("target_id").Optional().Nillable().Comment("绩效目标 / Target"),
		inheritedDepartmentIDField(),
	}
}

func (Monitoring) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("monitorings").Field("project_id").Unique().Required().Comment("项目 / Project"),
		edge.From("target", Target.Type).Ref("monitorings").Field("target_id").Unique().Comment("绩效目标 / Target"),
		inheritedDepartmentEdge("monitorings"),
		edge.To("progresses", IndicatorProgress.Type).Comment("指标进度 / Indicator progress").Annotations(connection()...),
		edge.To("rectifications", Rectification.Type).Comment("整改 / Rectifications").Annotations(connection()...),
	}
}

func (Monitoring) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("project_id", "fiscal_year", "month").Unique(),
		index.Fields("department_id", "fiscal_year", "month"),
		index.Fields("fiscal_year", "warning_level"),
		index.Fields("fiscal_year", "warning_severity"),
	}
}

func (Monitoring) Annotations() []schema.Annotation {
	return listed("绩效监控：项目某期的预算执行与指标完成进度 / Monitoring of a project's budget execution and indicator progress in one period")
}

func (Monitoring) Hooks() []ent.Hook {
	return []ent.Hook{workflowOnly("绩效监控", "monitoring record"), guardMonitoring(), warningSeverityHook(), inheritDepartment(func(ctx context.Context, m *gen.MonitoringMutation) (int, bool, error) {
		id, ok := m.ProjectID()
		if !ok {
			return 0, false, nil
		}
		return departmentOf(ctx, "projectID", "项目", "project", id,
			m.Client().Project.Query().Where(project.ID(id)).Select(project.FieldDepartmentID).Int)
	})}
}

func (Monitoring) Policy() ent.Policy {
	return access{
		departmentReads: true,
		evaluatorReads: func(f privacy.Filter, agency int) {
			f.(*gen.MonitoringFilter).WhereHasProjectWith(projectAssignedTo(agency))
		},
		writers: []enums.Role{enums.RoleDepartmentUser},
	}.policy()
}
