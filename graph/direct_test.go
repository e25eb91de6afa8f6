package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"
)

// fieldSpy intercepts every field, as a field-level tracer would.
type fieldSpy struct{}

func (fieldSpy) ExtensionName() string                   { return "fieldSpy" }
func (fieldSpy) Validate(graphql.ExecutableSchema) error { return nil }
func (fieldSpy) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	return next(ctx)
}

// rootSpy intercepts operations and root fields only.
type rootSpy struct{}

func (rootSpy) ExtensionName() string                   { return "rootSpy" }
func (rootSpy) Validate(graphql.ExecutableSchema) error { return nil }
func (rootSpy) InterceptRootField(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	return next(ctx)
}

// Plain fields take the direct path only when no extension intercepts
// fields: a field interceptor must still see every field.
func TestDirectFieldsOnlyWithoutFieldInterceptors(t *testing.T) {
	for _, c := range []struct {
		name   string
		use    []graphql.HandlerExtension
		direct bool
	}{
		{"none", nil, true},
		{"root field interceptor", []graphql.HandlerExtension{rootSpy{}}, true},
		{"field interceptor", []graphql.HandlerExtension{fieldSpy{}}, false},
		{"field interceptor after another", []graphql.HandlerExtension{rootSpy{}, fieldSpy{}}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			exec := executor.New(NewExecutableSchema(Config{Resolvers: &Resolver{}}))
			for _, e := range c.use {
				exec.Use(e)
			}
			oc, errs := exec.CreateOperationContext(graphql.StartOperationTrace(context.Background()), &graphql.RawParams{Query: "{__typename}"})
			if errs != nil {
				t.Fatal(errs)
			}
			if got := directFields(oc); got != c.direct {
				t.Errorf("directFields = %v, want %v", got, c.direct)
			}
		})
	}
	if directFields(nil) {
		t.Error("directFields(nil) = true")
	}
}

// Objects of an operation without @defer get an empty deferred group; one
// with @defer anywhere (a field, an inline fragment, a named fragment's
// selections) gets gqlgen's.
func TestHasDefer(t *testing.T) {
	for q, want := range map[string]bool{
		`{ __typename }`:                                                           false,
		`{ viewer { id } }`:                                                        false,
		`{ viewer { ... @defer { id } } }`:                                         true,
		`{ viewer { ...F } } fragment F on User { id }`:                            false,
		`{ viewer { ...F @defer } } fragment F on User { id }`:                     true,
		`{ viewer { ...F } } fragment F on User { ... @defer(label: "x") { id } }`: true,
	} {
		exec := executor.New(NewExecutableSchema(Config{Resolvers: &Resolver{}}))
		oc, errs := exec.CreateOperationContext(graphql.StartOperationTrace(context.Background()), &graphql.RawParams{Query: q})
		if errs != nil {
			t.Fatalf("%s: %v", q, errs)
		}
		if got := hasDefer(oc); got != want {
			t.Errorf("hasDefer(%s) = %v, want %v", q, got, want)
		}
	}
	if !hasDefer(nil) {
		t.Error("hasDefer(nil) = false")
	}
}
