// Package workflow carries out the closed loop's state changes — submit,
// return, approve and adjust targets; evaluation and rectification steps —
// inside the request's transaction, with optimistic concurrency: a change names
// the lock version it read and fails with a conflict if another came first.
package workflow

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/predicate"
	"jixiao/ent/project"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/fail"
)

// client is the request's transactional client (every mutation runs in one
// transaction), or the given root client outside a transaction.
func client(ctx context.Context, root *ent.Client) *ent.Client {
	if tx := ent.FromContext(ctx); tx != nil {
		return tx
	}
	return root
}

// step marks the context as a workflow step: the data layer's hooks refuse
// changes of workflow data made without it (ent/schema/guards.go).
func step(ctx context.Context) context.Context { return auth.ByWorkflow(ctx) }

// viewer is the logged-in user, or an error for anonymous requests.
func viewer(ctx context.Context) (*auth.Viewer, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil, &fail.Error{Code: fail.CodeUnauthenticated, ZH: "请先登录", EN: "log in first"}
	}
	return v, nil
}

// conflictUnless turns "no row updated" into the conflict error.
func conflictUnless(n int, err error, entityZH, entityEN string) error {
	if err != nil {
		return err
	}
	if n == 0 {
		return fail.Conflict(entityZH, entityEN)
	}
	return nil
}

func projectID(id int) predicate.Project { return project.ID(id) }
