package graph

import (
	"os"
	"regexp"
	"testing"
)

// The shared index of input unmarshalers (sharedInputUnmarshalers) holds
// methods of an execution context of its own: right only while no unmarshal
// function reads a field of the context (its operation, resolvers, memory).
func TestInputUnmarshalersReadNoContextField(t *testing.T) {
	src, err := os.ReadFile("generated.go")
	if err != nil {
		t.Fatal(err)
	}
	functions := regexp.MustCompile(`(?ms)^func \(ec \*executionContext\) (unmarshal[^(]+)\(.*?^}\n`).FindAllSubmatch(src, -1)
	if len(functions) < 100 {
		t.Fatalf("found %d unmarshal functions in generated.go: has gqlgen renamed them?", len(functions))
	}
	// a field is ec.Name or ec.name not followed by a call (methods are called)
	field := regexp.MustCompile(`\bec\.([\p{L}_][\p{L}\p{N}_]*)([^(\p{L}\p{N}_]|$)`)
	for _, f := range functions {
		if m := field.FindSubmatch(f[0]); m != nil {
			t.Errorf("%s reads ec.%s: the shared input index (graph/inputindex.go) would give it another request's context", f[1], m[1])
		}
	}
	if !regexp.MustCompile(`inputUnmarshalers := sharedInputUnmarshalers\(func\(ec \*executionContext\)`).Match(src) {
		t.Error("Exec builds its own index of input unmarshalers: run graph/sequential")
	}
}
