// Package graph is the GraphQL API: hand-written SDL per concern beside the
// generated ent.graphql, thin resolvers, and the gqlgen executable schema.
package graph

import (
	"time"

	"github.com/99designs/gqlgen/graphql"

	"jixiao/ent"
	"jixiao/identity"
	"jixiao/workflow"
)

//go:generate go tool gqlgen

// Resolver is the root resolver: it holds what every resolver needs.
type Resolver struct {
	client         *ent.Client
	identity       *identity.Service
	targets        workflow.Targets
	rectifications workflow.Rectifications
	ruleSets       workflow.RuleSets
	evaluations    workflow.Evaluations
	monitoring     workflow.Monitoring
}

// NewSchema builds the executable schema over an ent client.
func NewSchema(client *ent.Client, ids *identity.Service) graphql.ExecutableSchema {
	return NewExecutableSchema(Config{Resolvers: &Resolver{client: client, identity: ids, targets: workflow.Targets{Client: client, RuleSets: workflow.RuleSets{Client: client}},
		rectifications: workflow.Rectifications{Client: client, Now: time.Now},
		ruleSets:       workflow.RuleSets{Client: client},
		evaluations:    workflow.Evaluations{Client: client, Now: time.Now, RuleSets: workflow.RuleSets{Client: client}},
		monitoring:     workflow.Monitoring{Client: client, RuleSets: workflow.RuleSets{Client: client}}}})
}

// deref reads an optional string argument.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
