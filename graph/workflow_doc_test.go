package graph

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"jixiao/internal/domain/rules"
)

const workflowDoc = "../docs/workflow.md"

var (
	docMutationRow = regexp.MustCompile("(?m)^\\| `([a-zA-Z]+)` \\|")
	docTransitions = regexp.MustCompile(`(?s)<!-- transitions:begin -->\n.*<!-- transitions:end -->`)
)

// transitionTable renders the state machines' edges and who may take them.
func transitionTable() string {
	var b strings.Builder
	b.WriteString("<!-- transitions:begin -->\n| machine | from | to | who |\n|---|---|---|---|\n")
	for _, tr := range rules.Transitions() {
		who := make([]string, len(tr.Roles))
		for i, r := range tr.Roles {
			who[i] = string(r)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", tr.Machine, tr.From, tr.To, strings.Join(who, ", "))
	}
	b.WriteString("<!-- transitions:end -->")
	return b.String()
}

// TestWorkflowDocListsEveryMutation keeps docs/workflow.md from going stale:
// it lists every mutation of the schema exactly once and no other, and its
// transition table is the state machines' own. After a change of the
// machines run JIXIAO_UPDATE_DOCS=1 go test ./graph -run TestWorkflowDocListsEveryMutation.
func TestWorkflowDocListsEveryMutation(t *testing.T) {
	b, err := os.ReadFile(workflowDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	if want := transitionTable(); !strings.Contains(doc, want) {
		if os.Getenv("JIXIAO_UPDATE_DOCS") == "" {
			t.Errorf("the transition table of docs/workflow.md differs from the state machines; regenerate it with JIXIAO_UPDATE_DOCS=1")
		} else if err := os.WriteFile(workflowDoc, []byte(docTransitions.ReplaceAllLiteralString(doc, want)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var schema []string
	for _, f := range NewSchema(nil, nil).Schema().Mutation.Fields {
		schema = append(schema, f.Name)
	}
	listed := map[string]int{}
	for _, m := range docMutationRow.FindAllStringSubmatch(doc, -1) {
		listed[m[1]]++
	}
	for _, name := range schema {
		switch listed[name] {
		case 0:
			t.Errorf("mutation %s is not in docs/workflow.md: say who may call it in which status", name)
		case 1:
		default:
			t.Errorf("mutation %s is listed %d times in docs/workflow.md", name, listed[name])
		}
	}
	for name := range listed {
		if !slices.Contains(schema, name) {
			t.Errorf("docs/workflow.md lists %s, which is not a mutation of the schema", name)
		}
	}
}
