package graph

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
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
	for _, want := range []string{"marshalList(", "ec.newDeferredGroup(ctx)", "\tdefers bool", "defers := hasDefer(opCtx)", "defers: defers", "mem:    takeMemory(opCtx, defers)", "ec.objectFields(out, fields)", "response.Data = marshalAnswer(ctx, opCtx, data)", "ec.plainSelection(field)", "\nvar pureFields = ",
		"\tdirect bool", "direct: directFields(opCtx)", "args:   new(fieldArgs)",
		// a field's arguments parsed once per operation (graph/args.go)
		"if fc.Args, err = ec.argsOf(field, func() (map[string]any, error) {\n\t\treturn ec.field_Project_targets_args(ctx, field.ArgumentMap(ec.Variables))\n\t}); err != nil {",
		// a plain string field, an enum, a decimal: the direct path (graph/sequential, directPlainFields)
		"_Indicator_name(ctx context.Context, field graphql.CollectedField, obj *ent.Indicator) (ret graphql.Marshaler) {\n\tif ec.direct {\n\t\treturn stringAt{&obj.Name}\n\t}\n",
		"\tif ec.direct {\n\t\treturn &obj.Comparator\n\t}\n",
		"\tif ec.direct {\n\t\tif obj.TargetValue == nil {\n\t\t\treturn graphql.Null\n\t\t}\n\t\treturn decimalAt{obj.TargetValue}\n\t}\n",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("generated.go does not call %q: gqlgen changed its generated code; update graph/sequential", want)
		}
	}
}

// An object is written as gqlgen's FieldSet writes it (the first field of a
// repeated name), by both of its Marshalers, and the field set alone is one
// pointer: an interface holding it allocates nothing.
func TestObjectFieldsWriteAsGqlgen(t *testing.T) {
	fields := []graphql.CollectedField{
		{Field: &ast.Field{Alias: "id"}}, {Field: &ast.Field{Alias: "name"}}, {Field: &ast.Field{Alias: "id"}},
	}
	set := graphql.NewFieldSet(fields)
	set.Values[0], set.Values[1], set.Values[2] = graphql.MarshalString("1"), graphql.MarshalString("a"), graphql.MarshalString("2")
	var want bytes.Buffer
	set.MarshalGQL(&want)
	ec := &executionContext{}
	for _, m := range []graphql.Marshaler{ec.objectFields(set, fields), objectFields{set, fields}} {
		var got bytes.Buffer
		m.MarshalGQL(&got)
		if got.String() != want.String() {
			t.Errorf("%T wrote %s, gqlgen %s", m, got.String(), want.String())
		}
	}
	if _, alone := ec.objectFields(set, fields).(*fieldSetWriter); !alone {
		t.Fatal("the field set is not written on its own: gqlgen's FieldSet changed (fieldSetKnown)")
	}
	if n := testing.AllocsPerRun(100, func() { sink = ec.objectFields(set, fields) }); n != 0 {
		t.Errorf("%v allocations an object", n)
	}
}

var sink graphql.Marshaler
