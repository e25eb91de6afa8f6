package httpapi

import (
	"context"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"jixiao/internal/domain/auth"
	"jixiao/internal/platform/store"
)

// replicaReads sends a query operation's reads to the standby (store.Replica)
// unless its viewer has written something the standby has not replayed yet,
// and records every mutation's position so that the viewer's next reads
// wait for it (read-your-writes). It runs before the query cache, which then
// takes the versions from the standby the answer is read from.
type replicaReads struct{ replica *store.Replica }

func (replicaReads) ExtensionName() string                   { return "JixiaoReplicaReads" }
func (replicaReads) Validate(graphql.ExecutableSchema) error { return nil }

func (e replicaReads) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil {
		return next(ctx)
	}
	user := 0 // anonymous readers (public disclosure) never wrote
	if v := auth.FromContext(ctx); v != nil {
		user = v.UserID
	}
	switch oc.Operation.Operation {
	case ast.Query:
		if e.replica.Fresh(ctx, user) {
			ctx = store.ReadFromReplica(ctx)
		}
		return next(ctx)
	case ast.Mutation:
		responses := next(ctx)
		return func(ctx context.Context) *graphql.Response {
			resp := responses(ctx) // committed (or rolled back) by now
			if err := e.replica.Wrote(ctx, user); err != nil {
				slog.WarnContext(ctx, "replica: position of a write unknown", "err", err)
			}
			return resp
		}
	}
	return next(ctx)
}
