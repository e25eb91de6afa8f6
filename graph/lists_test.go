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
	for _, gone := range []string{"if fc.Args, err = ec.field_", "graphql.MarshalSliceConcurrently(", "graphql.NewDeferredGroup(ctx)", "\tdeferred := newDeferredGroup(ctx)", "\n\treturn out\n}\n"} {
		if strings.Contains(string(src), gone) {
			t.Errorf("generated.go still contains %q: run `go run ./graph/sequential graph/generated.go` (make generate does)", gone)
		}
	}
	for _, want := range []string{"marshalList(", "ec.newDeferredGroup(ctx)", "\tdefers bool", "defers := hasDefer(opCtx)", "defers: defers", "mem:    takeMemory(opCtx, defers)", "objectFields{out, fields}", "response.Data = marshalAnswer(opCtx, data)",
		"\tdirect bool", "direct: directFields(opCtx)", "args:   new(fieldArgs)",
		// a field's arguments parsed once per operation (graph/args.go)
		"if fc.Args, err = ec.argsOf(field, func() (map[string]any, error) {\n\t\treturn ec.field_Project_targets_args(ctx, field.ArgumentMap(ec.Variables))\n\t}); err != nil {",
		// a plain string field, an enum, a decimal: the direct path (graph/sequential, directPlainFields)
		"_Indicator_name(ctx context.Context, field graphql.CollectedField, obj *ent.Indicator) (ret graphql.Marshaler) {\n\tif ec.direct {\n\t\treturn ec.marshalNString2string(ctx, field.Selections, obj.Name)\n\t}\n",
		"\tif ec.direct {\n\t\treturn ec.marshalNComparator2jixiaoᚋinternalᚋdomainᚋenumsᚐComparator(ctx, field.Selections, obj.Comparator)\n\t}\n",
		"\tif ec.direct {\n\t\treturn ec.marshalODecimal2ᚖgithubᚗcomᚋshopspringᚋdecimalᚐDecimal(ctx, field.Selections, obj.TargetValue)\n\t}\n",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("generated.go does not call %q: gqlgen changed its generated code; update graph/sequential", want)
		}
	}
}
