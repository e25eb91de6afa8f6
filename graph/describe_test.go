package graph

import (
	"os"
	"regexp"
	"testing"
)

// TestEveryEnumValueHasALabel: each value of every enum in the generated
// schema carries its Chinese and English name (the SPA's labels are generated
// from them), not a placeholder.
func TestEveryEnumValueHasALabel(t *testing.T) {
	b, err := os.ReadFile("ent.graphql")
	if err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`取值 \w+ / .*`).FindAll(b, -1); len(m) > 0 {
		t.Fatalf("%d enum values without a label, e.g. %s", len(m), m[0])
	}
}
