package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"

	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// warningSeverityField stores rules.WarningSeverity of the row's warning
// level (4 red, 3 yellow, 2 blue, 1 green, 0 none) so a list orders by
// severity — `orderBy: {field: WARNING_SEVERITY, direction: DESC}` gives red
// first — instead of alphabetically. Derived by warningSeverityHook, never
// an input; 0 rather than NULL so both databases sort it the same way.
func warningSeverityField() ent.Field {
	return field.Int("warning_severity").Default(0).NonNegative().
		Comment("预警严重程度（由预警等级得出：4 红、3 黄、2 蓝、1 绿、0 无；按它降序即红色在前）/ Warning severity, derived from the warning level (4 red, 3 yellow, 2 blue, 1 green, 0 none); descending order puts red first").
		Annotations(entgql.OrderField("WARNING_SEVERITY"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput))
}

// warningSeverityHook keeps warning_severity equal to the severity of
// warning_level on every write that sets or clears the level, and refuses a
// write that sets the severity on its own. (ent applies a create's defaults
// before hooks, so a new row with the default level is covered too.)
func warningSeverityHook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			type severitySetter interface{ SetWarningSeverity(int) }
			set, ok := m.(severitySetter)
			if !ok {
				return next.Mutate(ctx, m)
			}
			_, severitySet := m.Field("warning_severity")
			level, levelSet := m.Field("warning_level")
			switch {
			case levelSet:
				set.SetWarningSeverity(rules.WarningSeverity(level.(enums.WarningLevel)))
			case m.Op().Is(ent.OpCreate), m.FieldCleared("warning_level"):
				// No level (a project never monitored): severity 0, whatever was given.
				set.SetWarningSeverity(0)
			case severitySet:
				return nil, fail.Forbidden("warningSeverity", "预警严重程度由预警等级得出，不能直接修改", "the warning severity follows the warning level, never set directly")
			}
			return next.Mutate(ctx, m)
		})
	}
}
