package httpapi

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"jixiao/internal/domain/auth"
)

// CodePasswordChangeRequired refuses a session that must change its password first.
const CodePasswordChangeRequired = "PASSWORD_CHANGE_REQUIRED"

// passwordChangeGate lets a session whose password was reset by an
// administrator do nothing but read the viewer, change the password and log out.
type passwordChangeGate struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = passwordChangeGate{}

func (passwordChangeGate) ExtensionName() string                          { return "JixiaoPasswordChangeGate" }
func (passwordChangeGate) Validate(schema graphql.ExecutableSchema) error { return nil }

// allowedBeforeChange are the root fields such a session may use.
var allowedBeforeChange = map[string]bool{"viewer": true, "changePassword": true, "logout": true, "login": true, "__typename": true}

func (passwordChangeGate) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	v := auth.FromContext(ctx)
	if v == nil || !v.MustChangePassword {
		return nil
	}
	for _, f := range graphql.CollectFields(rc, rc.Operation.SelectionSet, nil) {
		if !allowedBeforeChange[f.Name] {
			return rejection(CodePasswordChangeRequired, "口令已被重置，请先修改口令", "your password was reset: change it first", nil)
		}
	}
	return nil
}
