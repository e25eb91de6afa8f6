package graph

import (
	"os"
	"strings"
	"testing"
)

// The generated executor must go through graph/lists.go: a `go tool gqlgen`
// without graph/sequential after it brings back a goroutine per list element.
func TestGeneratedCodeIsRewritten(t *testing.T) {
	src, err := os.ReadFile("generated.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"graphql.MarshalSliceConcurrently(", "graphql.NewDeferredGroup(ctx)", "\n\treturn out\n}\n"} {
		if strings.Contains(string(src), gone) {
			t.Errorf("generated.go still contains %q: run `go run ./graph/sequential graph/generated.go` (make generate does)", gone)
		}
	}
	for _, want := range []string{"marshalList(", "newDeferredGroup(ctx)", "objectFields{out, fields}"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("generated.go does not call %q: gqlgen changed its generated code; update graph/sequential", want)
		}
	}
}
