package graph

import (
	"fmt"
	"os"
	"path/filepath"
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
	docTestName    = regexp.MustCompile("`(Test[A-Za-z0-9_]+)`")
)

// proofPackages are the packages the "proved by" column names, by the word it uses.
var proofPackages = map[string]string{
	"httpapi": "../internal/platform/httpapi", "workflow": "../internal/workflow", "identity": "../internal/platform/identity",
	"documents": "../internal/documents", "analytics": "../internal/analytics", "graph": ".",
}

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
	checkProofs(t, doc)
}

// checkProofs: every mutation's row names at least one test in its "proved
// by" column, as "<package> `TestName`, …; <package> …", and each named test
// exists in that package and runs on both databases (testdb.Dialects) — or
// the note says "(PostgreSQL only…)" after it — so the note cannot point at a
// test that is gone or silently runs on one database.
func checkProofs(t *testing.T, doc string) {
	bodies := map[string]map[string]string{} // package word → test name → body
	body := func(pkg, test string) (string, bool) {
		if bodies[pkg] == nil {
			bodies[pkg] = map[string]string{}
			files, _ := filepath.Glob(filepath.Join(proofPackages[pkg], "*_test.go"))
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				for _, fn := range strings.Split(string(b), "\nfunc ")[1:] {
					if name, _, ok := strings.Cut(fn, "("); ok {
						bodies[pkg][name] = fn
					}
				}
			}
		}
		b, ok := bodies[pkg][test]
		return b, ok
	}
	for _, line := range strings.Split(doc, "\n") {
		m := docMutationRow.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		proof := cells[len(cells)-1]
		named := 0
		for _, group := range strings.Split(proof, ";") {
			pkg, _, _ := strings.Cut(strings.TrimSpace(group), " ")
			for _, tm := range docTestName.FindAllStringSubmatch(group, -1) {
				named++
				if _, known := proofPackages[pkg]; !known {
					t.Errorf("%s: %s is named under %q, not a package the note knows", m[1], tm[1], pkg)
					continue
				}
				b, ok := body(pkg, tm[1])
				switch {
				case !ok:
					t.Errorf("%s: docs/workflow.md names %s %s, which does not exist", m[1], pkg, tm[1])
				case !strings.Contains(b, "testdb.Dialects(") && !strings.Contains(group, "`"+tm[1]+"` (PostgreSQL only"):
					t.Errorf("%s: %s %s does not run on both databases (testdb.Dialects) and the note does not say it is PostgreSQL only", m[1], pkg, tm[1])
				}
			}
		}
		if named == 0 {
			t.Errorf("%s: docs/workflow.md names no test that proves it", m[1])
		}
	}
}
