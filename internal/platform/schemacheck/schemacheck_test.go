package schemacheck

import (
	"slices"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

func load(t *testing.T, sdl string) *ast.Schema {
	t.Helper()
	s, err := gqlparser.LoadSchema(&ast.Source{Name: "test.graphql", Input: sdl})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

const base = `
type Query { project(id: ID!): Project, projects(first: Int): [Project!]! }
type Project { id: ID!, name: String!, budget: String, grade: Grade }
enum Grade { EXCELLENT GOOD FAIR POOR }
input Filter { name: String }
`

// TestBreakingChangesAreCaught: each kind of breaking change is reported, and
// additions are not.
func TestBreakingChangesAreCaught(t *testing.T) {
	old := load(t, base+`type Mutation { rename(filter: Filter): Boolean }`)
	cases := map[string]struct{ sdl, want string }{
		"field removed": {`type Query { project(id: ID!): Project, projects(first: Int): [Project!]! }
type Project { id: ID!, name: String!, grade: Grade }
enum Grade { EXCELLENT GOOD FAIR POOR }
input Filter { name: String }
type Mutation { rename(filter: Filter): Boolean }`, "Project.budget: field removed"},
		"enum value removed": {`type Query { project(id: ID!): Project, projects(first: Int): [Project!]! }
type Project { id: ID!, name: String!, budget: String, grade: Grade }
enum Grade { EXCELLENT GOOD FAIR }
input Filter { name: String }
type Mutation { rename(filter: Filter): Boolean }`, "Grade.POOR: enum value removed"},
		"type changed": {`type Query { project(id: ID!): Project, projects(first: Int): [Project!]! }
type Project { id: ID!, name: String!, budget: Float, grade: Grade }
enum Grade { EXCELLENT GOOD FAIR POOR }
input Filter { name: String }
type Mutation { rename(filter: Filter): Boolean }`, "Project.budget: type changed from String to Float"},
		"new required argument": {`type Query { project(id: ID!): Project, projects(first: Int, year: Int!): [Project!]! }
type Project { id: ID!, name: String!, budget: String, grade: Grade }
enum Grade { EXCELLENT GOOD FAIR POOR }
input Filter { name: String }
type Mutation { rename(filter: Filter): Boolean }`, "Query.projects(year): new required argument"},
		"new required input field": {`type Query { project(id: ID!): Project, projects(first: Int): [Project!]! }
type Project { id: ID!, name: String!, budget: String, grade: Grade }
enum Grade { EXCELLENT GOOD FAIR POOR }
input Filter { name: String, year: Int! }
type Mutation { rename(filter: Filter): Boolean }`, "Filter.year: new required input field"},
		"type removed": {`type Query { project(id: ID!): Project, projects(first: Int): [Project!]! }
type Project { id: ID!, name: String!, budget: String, grade: Grade }
enum Grade { EXCELLENT GOOD FAIR POOR }`, "Filter: type removed"},
	}
	for name, c := range cases {
		got := Breaking(old, load(t, c.sdl))
		if !slices.Contains(got, c.want) {
			t.Errorf("%s: got %q, want it to contain %q", name, got, c.want)
		}
	}
	added := load(t, base+`type Mutation { rename(filter: Filter, dryRun: Boolean): Boolean, other: Int }
extend type Project { code: String }
extend enum Grade { NONE }`)
	if got := Breaking(old, added); len(got) != 0 {
		t.Errorf("additions reported as breaking: %q", got)
	}
}
