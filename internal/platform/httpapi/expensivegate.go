package httpapi

import (
	"context"
	"runtime"

	"github.com/99designs/gqlgen/graphql"
)

// expensiveGate lets a bounded number of expensive root fields (cost.go's
// expensive: each one statement over the whole scope) run at once on the
// server, whoever asks: the per-viewer budget alone lets four analysts with
// 30 aliases each take every database connection and every core, and every
// other user waits (burst benchmark, internal/bench/burst). The aliases of
// one operation also take their turns one after another instead of
// concurrently, so that operations, not aliases, compete for the gate.
// Waiting ends with the request (client gone, server timeout).
type expensiveGate struct {
	slots chan struct{}
	// waiting, if set, is told each time a field starts to wait for a slot (tests).
	waiting chan struct{}
}

func newExpensiveGate(n int) *expensiveGate {
	return &expensiveGate{slots: make(chan struct{}, max(n, 1))}
}

// defaultExpensiveAtOnce leaves at least half the cores to everyone else.
func defaultExpensiveAtOnce() int { return max(1, runtime.GOMAXPROCS(0)/2) }

// operationTurn is one operation's token: its expensive fields hold it in turn.
type operationTurn chan struct{}

type operationTurnKey struct{}

// withOperationTurn gives the operation of ctx its turn token.
func withOperationTurn(ctx context.Context) context.Context {
	return context.WithValue(ctx, operationTurnKey{}, make(operationTurn, 1))
}

// enter waits for the operation's turn, then for a server-wide slot. It
// returns the release, or the context's error.
func (g *expensiveGate) enter(ctx context.Context) (func(), error) {
	turn, _ := ctx.Value(operationTurnKey{}).(operationTurn)
	if turn != nil {
		select {
		case turn <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	select {
	case g.slots <- struct{}{}:
	default:
		if g.waiting != nil {
			g.waiting <- struct{}{}
		}
		select {
		case g.slots <- struct{}{}:
		case <-ctx.Done():
			if turn != nil {
				<-turn
			}
			return nil, ctx.Err()
		}
	}
	return func() {
		<-g.slots
		if turn != nil {
			<-turn
		}
	}, nil
}

// InterceptRootField passes expensive root fields through the gate.
func (g queryGuard) InterceptRootField(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	// (gqlgen sets RootFieldContext.Object to the field's name, not "Query";
	// no mutation bears an expensive field's name.)
	fc := graphql.GetRootFieldContext(ctx)
	if g.gate == nil || fc == nil || !expensive[fc.Field.Name] {
		return next(ctx)
	}
	release, err := g.gate.enter(ctx)
	if err != nil {
		graphql.AddError(ctx, err)
		return graphql.Null
	}
	defer release()
	return next(ctx)
}
