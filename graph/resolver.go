// Package graph is the GraphQL API: hand-written SDL per concern beside the
// generated ent.graphql, thin resolvers, and the gqlgen executable schema.
package graph

import (
	"github.com/99designs/gqlgen/graphql"

	"jixiao/ent"
	"jixiao/internal/documents"
	"jixiao/internal/platform/identity"
	"jixiao/internal/workflow"
)

//go:generate go tool gqlgen
//go:generate go run ./sequential generated.go

// Resolver is the root resolver: it holds what every resolver needs.
type Resolver struct {
	client         *ent.Client
	identity       *identity.Service
	targets        workflow.Targets
	rectifications workflow.Rectifications
	ruleSets       workflow.RuleSets
	evaluations    workflow.Evaluations
	schemes        workflow.Schemes
	monitoring     workflow.Monitoring
	budgetLinks    workflow.BudgetLinks
	documents      *documents.Service
	money          workflow.Money
	projects       workflow.Projects
	edits          workflow.Edits
}

// NewSchema builds the executable schema over an ent client; the workflow
// services are assembled here, once. Clients see publicSchema (public_schema.go).
func NewSchema(client *ent.Client, ids *identity.Service) graphql.ExecutableSchema {
	wf := workflow.New(client, nil)
	return NewExecutableSchema(Config{Schema: publicSchema, Resolvers: &Resolver{client: client, identity: ids,
		targets: wf.Targets, rectifications: wf.Rectifications, ruleSets: wf.RuleSets,
		evaluations: wf.Evaluations, schemes: wf.Schemes, monitoring: wf.Monitoring, budgetLinks: wf.BudgetLinks,
		money: wf.Money, projects: wf.Projects, edits: wf.Edits, documents: documents.New(client)}})
}

// deref reads an optional string argument.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
