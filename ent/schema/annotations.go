package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent/schema"
)

// listed is the GraphQL shape of an entity users browse: a node, a Relay
// connection on Query with where/orderBy, and a description in Chinese and English.
func listed(description string, mutations ...entgql.MutationOption) []schema.Annotation {
	a := []schema.Annotation{
		schema.Comment(description),
		entgql.QueryField(),
		entgql.RelayConnection(),
	}
	if len(mutations) > 0 {
		a = append(a, entgql.Mutations(mutations...))
	}
	return a
}

// createAndUpdate are the generated mutation inputs of an entity users edit.
var createAndUpdate = []entgql.MutationOption{entgql.MutationCreate(), entgql.MutationUpdate()}

// createOnly generates only the create input: workflow mutations take it
// (declareTarget's indicators, createRectification, createBudgetLink).
var createOnly = []entgql.MutationOption{entgql.MutationCreate()}

// connection annotates a to-many edge as a Relay connection that is read-only in
// the parent's mutation inputs (the child names its parent instead).
func connection() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}
