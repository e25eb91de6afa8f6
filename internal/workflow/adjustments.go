package workflow

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/ent/target"
	"jixiao/internal/domain/rules"
)

// AdjustmentsUnderWay tells, for each of the targets ids, whether a newer
// version of it is still under way (rules.AdjustmentUnderWay), in one
// statement. The newer version belongs to the same department as the one
// the caller could read, so it is read as the service, not as the viewer.
func AdjustmentsUnderWay(ctx context.Context, c *ent.Client, ids []int) (map[int]bool, error) {
	found := make(map[int]bool, len(ids))
	if len(ids) == 0 {
		return found, nil
	}
	next, err := client(ctx, c).Target.Query().Where(target.PredecessorIDIn(ids...)).
		Select(target.FieldPredecessorID, target.FieldStatus).All(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return nil, err
	}
	for _, n := range next {
		if n.PredecessorID != nil && rules.AdjustmentUnderWay(string(n.Status)) {
			found[*n.PredecessorID] = true
		}
	}
	return found, nil
}
