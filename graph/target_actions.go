package graph

import (
	"context"
	"slices"

	"jixiao/ent"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/workflow"
)

// roleOf is the viewer's role; empty for an anonymous request.
func roleOf(ctx context.Context) enums.Role {
	if v := auth.FromContext(ctx); v != nil {
		return v.Role
	}
	return ""
}

// targetActions are the actions the viewer may take on t now, decided by the
// function the mutations use; whether an adjustment is under way is looked up
// together with the operation's other targets, and only when it matters.
func (r *Resolver) targetActions(ctx context.Context, t *ent.Target) ([]enums.TargetAction, error) {
	return workflow.TargetActions(auth.FromContext(ctx), t, func() (bool, error) { return r.adjustmentUnderWay(ctx, t) })
}

func (r *Resolver) mayTakeTargetAction(ctx context.Context, t *ent.Target, a enums.TargetAction) (bool, error) {
	actions, err := r.targetActions(ctx, t)
	return slices.Contains(actions, a), err
}
