package graph

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"

	"jixiao/internal/platform/schemacheck"
)

const (
	publishedSchema = "../docs/schema.graphql"
	declaredChanges = "../docs/schema-breaking-changes.txt"
)

// printSchema is the schema as clients see it.
func printSchema(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	formatter.NewFormatter(&buf, formatter.WithIndent("  ")).FormatSchema(NewSchema(nil, nil).Schema())
	return buf.String()
}

// TestPublishedSchema: the schema may only change compatibly with the
// published one (docs/schema.graphql) unless the breaking change is declared
// in docs/schema-breaking-changes.txt (docs/schema-policy.md); and the
// published artefact is the current schema. After a schema change run
// JIXIAO_UPDATE_SCHEMA=1 go test ./graph -run TestPublishedSchema.
func TestPublishedSchema(t *testing.T) {
	current := printSchema(t)
	published, err := os.ReadFile(publishedSchema)
	if err != nil {
		t.Fatal(err)
	}
	old, gerr := gqlparser.LoadSchema(&ast.Source{Name: "docs/schema.graphql", Input: string(published)})
	if gerr != nil {
		t.Fatalf("docs/schema.graphql: %v", gerr)
	}
	declared := map[string]bool{}
	if b, err := os.ReadFile(declaredChanges); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				declared[line] = true
			}
		}
	}
	for _, change := range schemacheck.Breaking(old, NewSchema(nil, nil).Schema()) {
		if !declared[change] {
			t.Errorf("breaking change not declared in docs/schema-breaking-changes.txt: %s", change)
		}
	}
	if current == string(published) {
		return
	}
	if os.Getenv("JIXIAO_UPDATE_SCHEMA") == "1" {
		if err := os.WriteFile(publishedSchema, []byte(current), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("docs/schema.graphql is not the current schema: run JIXIAO_UPDATE_SCHEMA=1 go test ./graph -run TestPublishedSchema")
}

// TestPublishedSchemaCatchesABreakingChange: removing a field of the
// published schema is reported (the check above is not vacuous).
func TestPublishedSchemaCatchesABreakingChange(t *testing.T) {
	schema := NewSchema(nil, nil).Schema()
	old, gerr := gqlparser.LoadSchema(&ast.Source{Name: "current", Input: printSchema(t)})
	if gerr != nil {
		t.Fatal(gerr)
	}
	query := *schema.Query
	query.Fields = slices.DeleteFunc(slices.Clone(query.Fields), func(f *ast.FieldDefinition) bool { return f.Name == "gradeFor" })
	changed := *schema
	changed.Types = map[string]*ast.Definition{}
	for k, v := range schema.Types {
		changed.Types[k] = v
	}
	changed.Types["Query"] = &query
	if got := schemacheck.Breaking(old, &changed); !slices.Contains(got, "Query.gradeFor: field removed") {
		t.Fatalf("removing Query.gradeFor is not caught: %q", got)
	}
	if got := schemacheck.Breaking(old, schema); len(got) != 0 {
		t.Fatalf("the schema breaks itself: %q", got)
	}
}
