package graph

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/rules"
	"jixiao/internal/workflow"
)

// Loaders gives every operation what its fields that read beyond their own
// row share, so that a whole list costs a fixed number of statements instead
// of some per row: srv.Use(graph.Loaders(client)).
//
// Batches are made without a time window (a window splits a list into
// several batches when the machine is busy): the targets an operation reads
// are noted as ent returns them, and the first Target.reviewChecks asked for
// computes the checks of every target read so far, in one batch.
func Loaders(client *ent.Client) graphql.HandlerExtension {
	if client != nil { // a handler built without a database (header tests)
		client.Target.Intercept(noteTargets)
	}
	return loadersExtension{ruleSets: workflow.RuleSets{Client: client}}
}

type loadersExtension struct{ ruleSets workflow.RuleSets }

// loaders live as long as one operation.
type loaders struct {
	ruleSets workflow.RuleSets

	readMu  sync.Mutex
	read    []*ent.Target // targets read whose checks are not computed yet
	unasked []int         // targets read whose adjustments are not looked up yet
	seen    map[int]bool

	underWayMu sync.Mutex
	underWay   map[int]bool

	checksMu sync.Mutex
	checks   map[int][]rules.Check

	nationalOnce sync.Once
	national     rules.Params
	nationalErr  error
}

type loadersKey struct{}

func (loadersExtension) ExtensionName() string                   { return "JixiaoLoaders" }
func (loadersExtension) Validate(graphql.ExecutableSchema) error { return nil }

func (e loadersExtension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	l := &loaders{ruleSets: e.ruleSets, seen: map[int]bool{}, checks: map[int][]rules.Check{}, underWay: map[int]bool{}}
	return next(context.WithValue(ctx, loadersKey{}, l))
}

// noteTargets records the targets each query of an operation returns.
var noteTargets = ent.InterceptFunc(func(next ent.Querier) ent.Querier {
	return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
		v, err := next.Query(ctx, q)
		// Reads the service makes for itself (a privacy decision in the context)
		// are not the viewer's: they are not noted.
		_, system := privacy.DecisionFromContext(ctx)
		if l, ok := ctx.Value(loadersKey{}).(*loaders); ok && err == nil && !system {
			switch ts := v.(type) {
			case []*ent.Target:
				l.note(ts...)
			case *ent.Target:
				l.note(ts)
			}
		}
		return v, err
	})
})

func (l *loaders) note(ts ...*ent.Target) {
	l.readMu.Lock()
	defer l.readMu.Unlock()
	for _, t := range ts {
		if t != nil && !l.seen[t.ID] {
			l.seen[t.ID] = true
			l.read = append(l.read, t)
			l.unasked = append(l.unasked, t.ID)
		}
	}
}

// reviewChecks are t's checks, computed together with those of every other
// target the operation has read and not yet checked.
func (l *loaders) reviewChecks(ctx context.Context, t *ent.Target) ([]rules.Check, error) {
	l.checksMu.Lock()
	defer l.checksMu.Unlock()
	if c, ok := l.checks[t.ID]; ok {
		return c, nil
	}
	l.note(t)
	l.readMu.Lock()
	batch := l.read
	l.read = nil
	l.readMu.Unlock()
	checks, err := workflow.ReviewChecksOf(ctx, l.ruleSets.Client, l.ruleSets, batch)
	if err != nil && len(batch) > 1 {
		// One target of the batch failed (say, a project the viewer may not
		// read): t gets its own answer, and so does each other one asked for.
		batch = []*ent.Target{t}
		checks, err = workflow.ReviewChecksOf(ctx, l.ruleSets.Client, l.ruleSets, batch)
	}
	if err != nil {
		return nil, err
	}
	for i, b := range batch {
		l.checks[b.ID] = checks[i]
	}
	return l.checks[t.ID], nil
}

// adjustmentUnderWay tells whether t has a newer version still under way,
// looked up together with every other target the operation has read.
func (l *loaders) adjustmentUnderWay(ctx context.Context, t *ent.Target) (bool, error) {
	l.underWayMu.Lock()
	defer l.underWayMu.Unlock()
	if v, ok := l.underWay[t.ID]; ok {
		return v, nil
	}
	l.note(t)
	l.readMu.Lock()
	batch := l.unasked
	l.unasked = nil
	l.readMu.Unlock()
	found, err := workflow.AdjustmentsUnderWay(ctx, l.ruleSets.Client, batch)
	if err != nil {
		return false, err
	}
	for _, id := range batch {
		l.underWay[id] = found[id]
	}
	return l.underWay[t.ID], nil
}

// nationalParams are the national rule set's parameters, read once per operation.
func (l *loaders) nationalParams(ctx context.Context) (rules.Params, error) {
	l.nationalOnce.Do(func() { l.national, _, l.nationalErr = l.ruleSets.Params(ctx, nil) })
	return l.national, l.nationalErr
}

// reviewChecksOf are a target's review checks, batched with the other
// targets of the operation when the loaders are installed.
func (r *Resolver) reviewChecksOf(ctx context.Context, t *ent.Target) ([]rules.Check, error) {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l.reviewChecks(ctx, t)
	}
	return workflow.ReviewChecks(ctx, r.client, r.ruleSets, t)
}

// adjustmentUnderWay tells whether t has a newer version still under way,
// batched with the other targets of the operation when the loaders are installed.
func (r *Resolver) adjustmentUnderWay(ctx context.Context, t *ent.Target) (bool, error) {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l.adjustmentUnderWay(ctx, t)
	}
	found, err := workflow.AdjustmentsUnderWay(ctx, r.client, []int{t.ID})
	return found[t.ID], err
}

// nationalParams are the national rule set's parameters, read once per
// operation when the loaders are installed.
func (r *Resolver) nationalParams(ctx context.Context) (rules.Params, error) {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l.nationalParams(ctx)
	}
	p, _, err := r.ruleSets.Params(ctx, nil)
	return p, err
}
