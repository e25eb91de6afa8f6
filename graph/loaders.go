package graph

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"

	"jixiao/ent"
	"jixiao/internal/domain/rules"
	"jixiao/internal/workflow"
)

// Loaders gives every operation its own batch loaders, so that a field that
// needs more than its object's row (Target.reviewChecks) costs a fixed
// number of statements for a whole list instead of some per row:
// srv.Use(graph.Loaders(client)).
func Loaders(client *ent.Client) graphql.HandlerExtension {
	return loadersExtension{ruleSets: workflow.RuleSets{Client: client}}
}

type loadersExtension struct{ ruleSets workflow.RuleSets }

type loaders struct {
	reviewChecks *dataloadgen.Loader[*ent.Target, []rules.Check]
}

type loadersKey struct{}

func (loadersExtension) ExtensionName() string                   { return "JixiaoLoaders" }
func (loadersExtension) Validate(graphql.ExecutableSchema) error { return nil }

// batchWait is how long a loader waits for the rest of a list's rows.
const batchWait = time.Millisecond

func (e loadersExtension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	l := &loaders{
		reviewChecks: dataloadgen.NewLoader(func(ctx context.Context, targets []*ent.Target) ([][]rules.Check, []error) {
			checks, err := workflow.ReviewChecksOf(ctx, e.ruleSets.Client, e.ruleSets, targets)
			if err != nil {
				return nil, []error{err}
			}
			return checks, nil
		}, dataloadgen.WithWait(batchWait)),
	}
	return next(context.WithValue(ctx, loadersKey{}, l))
}

// reviewChecksOf are a target's review checks, batched with the other
// targets of the operation when the loaders are installed.
func (r *Resolver) reviewChecksOf(ctx context.Context, t *ent.Target) ([]rules.Check, error) {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l.reviewChecks.Load(ctx, t)
	}
	return workflow.ReviewChecks(ctx, r.client, r.ruleSets, t)
}
