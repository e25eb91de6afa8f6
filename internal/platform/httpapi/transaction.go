package httpapi

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"

	"jixiao/ent"
)

// transactioner runs each mutation operation in one transaction, except
// login and logout: their failure bookkeeping (failed attempts, lockout) must
// persist although the operation answers with an error.
type transactioner struct{ entgql.Transactioner }

func newTransactioner(client *ent.Client) transactioner {
	return transactioner{entgql.Transactioner{TxOpener: client}}
}

// outsideTransaction are the mutations that manage their own writes.
var outsideTransaction = map[string]bool{"login": true, "logout": true}

func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	op := graphql.GetOperationContext(ctx)
	if op != nil && op.Operation != nil && len(op.Operation.SelectionSet) > 0 {
		all := true
		for _, f := range graphql.CollectFields(op, op.Operation.SelectionSet, nil) {
			all = all && outsideTransaction[f.Name]
		}
		if all {
			return next(ctx)
		}
	}
	return t.Transactioner.InterceptResponse(ctx, next)
}
