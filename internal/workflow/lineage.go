package workflow

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/indicator"
	"jixiao/internal/domain/rules"
)

// inheritActuals gives each indicator of an adjusted version that recorded no
// actual itself the actual recorded on the nearest earlier version of it
// (issue 11 §8: what was recorded before an adjustment stays the
// self-evaluation's). It changes the loaded rows only, never the stored ones,
// and reads every earlier version of every such indicator in one statement
// (none when nothing is missing).
func inheritActuals(ctx context.Context, c *ent.Client, inds []*ent.Indicator) error {
	var (
		missing  []*ent.Indicator
		lineages []int
	)
	for _, ind := range inds {
		if ind == nil || ind.PreviousID == nil || ind.ActualValue != nil || ind.ActualLevel != nil {
			continue
		}
		missing = append(missing, ind)
		lineages = append(lineages, rules.LineageOf(*ind.PreviousID, ind.LineageID))
	}
	if len(missing) == 0 {
		return nil
	}
	rows, err := c.Indicator.Query().Where(indicator.Or(indicator.IDIn(lineages...), indicator.LineageIDIn(lineages...))).
		Select(indicator.FieldPreviousID, indicator.FieldActualValue, indicator.FieldActualLevel).All(ctx)
	if err != nil {
		return err
	}
	versions := make(map[int]rules.VersionActual, len(rows))
	for _, r := range rows {
		versions[r.ID] = rules.VersionActual{Previous: r.PreviousID, Value: r.ActualValue, Level: r.ActualLevel}
	}
	for _, ind := range missing {
		if v, ok := rules.NearestActual(ind.PreviousID, versions); ok {
			ind.ActualValue, ind.ActualLevel = v.Value, v.Level
		}
	}
	return nil
}
