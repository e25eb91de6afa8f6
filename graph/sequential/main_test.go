package main

import (
	"strings"
	"testing"
)

const field = `func (ec *executionContext) _T_f(ctx context.Context, field graphql.CollectedField, obj *ent.T) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) {
			return ec.fieldContext_T_f(ctx, field)
		},
		func(ctx context.Context) (any, error) {
			return obj.F, nil
		},
		nil,
		func(ctx context.Context, selections ast.SelectionSet, v X) graphql.Marshaler {
			return ec.marshalX(ctx, selections, v)
		},
		true,
		true,
	)
}
`

// Only a struct field with a marshaller that reads no context and cannot
// fail gets the direct path; a string, a decimal or an enum of an entity is
// written from its address (no boxed copy), anything else by the marshaller.
func TestDirectPlainFields(t *testing.T) {
	const call = "\t\treturn ec.marshalX(ctx, field.Selections, obj.F)\n"
	for _, c := range []struct {
		name, typ, marshaller string
		direct                string // the direct path's statements, "" = none
		byValue               bool   // obj is a struct value, not a pointer
	}{
		{"enum", "X", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v X) graphql.Marshaler {\n\treturn v\n}\n", "\t\treturn &obj.F\n", false},
		{"enum of a struct value", "X", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v X) graphql.Marshaler {\n\treturn v\n}\n", call, true},
		{"non-null string", "string", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v string) graphql.Marshaler {\n\t_ = sel\n\tres := graphql.MarshalString(v)\n\tif res == graphql.Null {\n\t\tgraphql.AddInvalidNullFromMarshaler(ctx, \"String!\")\n\t}\n\treturn res\n}\n", "\t\treturn stringAt{&obj.F}\n", false},
		{"nullable decimal", "*decimal.Decimal", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v *decimal.Decimal) graphql.Marshaler {\n\tif v == nil {\n\t\treturn graphql.Null\n\t}\n\t_ = sel\n\t_ = ctx\n\tres := scalars.MarshalDecimal(*v)\n\treturn res\n}\n", "\t\tif obj.F == nil {\n\t\t\treturn graphql.Null\n\t\t}\n\t\treturn decimalAt{obj.F}\n", false},
		{"nullable time", "*time.Time", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v *time.Time) graphql.Marshaler {\n\tif v == nil {\n\t\treturn graphql.Null\n\t}\n\t_ = sel\n\t_ = ctx\n\tres := scalars.MarshalTime(*v)\n\treturn res\n}\n", call, false},
		{"non-null scalar that may be null", "time.Time", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v time.Time) graphql.Marshaler {\n\t_ = sel\n\tres := graphql.MarshalTime(v)\n\tif res == graphql.Null {\n\t\tgraphql.AddInvalidNullFromMarshaler(ctx, \"Time!\")\n\t}\n\treturn res\n}\n", "", false},
		{"object", "X", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v *ent.U) graphql.Marshaler {\n\tif v == nil {\n\t\tgraphql.AddInvalidNullError(ctx, \"U!\")\n\t\treturn graphql.Null\n\t}\n\treturn ec._U(ctx, sel, v)\n}\n", "", false},
		{"non-null float", "float64", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v float64) graphql.Marshaler {\n\t_ = sel\n\tres := graphql.MarshalFloatContext(v)\n\tif res == graphql.Null {\n\t\tgraphql.AddInvalidNullFromMarshaler(ctx, \"Float!\")\n\t}\n\treturn graphql.WrapContextMarshaler(ctx, res)\n}\n", "\t\tif finite(obj.F) {\n\t\t\treturn floatAt{&obj.F}\n\t\t}\n", false},
		{"nullable float", "*float64", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v *float64) graphql.Marshaler {\n\tif v == nil {\n\t\treturn graphql.Null\n\t}\n\t_ = sel\n\tres := graphql.MarshalFloatContext(*v)\n\treturn graphql.WrapContextMarshaler(ctx, res)\n}\n", "\t\tif obj.F == nil {\n\t\t\treturn graphql.Null\n\t\t}\n\t\tif finite(*obj.F) {\n\t\t\treturn floatAt{obj.F}\n\t\t}\n", false},
		{"float of a struct value", "float64", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v float64) graphql.Marshaler {\n\t_ = sel\n\tres := graphql.MarshalFloatContext(v)\n\tif res == graphql.Null {\n\t\tgraphql.AddInvalidNullFromMarshaler(ctx, \"Float!\")\n\t}\n\treturn graphql.WrapContextMarshaler(ctx, res)\n}\n", "", true},
		{"context marshaller", "X", "func (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v X) graphql.Marshaler {\n\t_ = sel\n\tres := graphql.MarshalX(v)\n\treturn graphql.WrapContextMarshaler(ctx, res)\n}\n", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := strings.ReplaceAll(field, "v X)", "v "+c.typ+")")
			if c.byValue {
				src = strings.ReplaceAll(src, "obj *ent.T", "obj ent.T")
			}
			out := string(directPlainFields([]byte(src + "\n" + c.marshaller)))
			if c.direct == "" {
				if strings.Contains(out, "ec.direct") {
					t.Errorf("a direct path:\n%s", out)
				}
			} else if want := "\tif ec.direct {\n" + c.direct + "\t}\n\treturn graphql.ResolveField("; !strings.Contains(out, want) {
				t.Errorf("no direct path\n%s\nin:\n%s", want, out)
			}
			if again := string(directPlainFields([]byte(out))); again != out {
				t.Errorf("not idempotent:\n%s", again)
			}
		})
	}
}

// An object field keeps its field context and recovery on the direct path,
// unless its selection is plain (graph/plain.go).
func TestDirectObjectField(t *testing.T) {
	src := strings.ReplaceAll(field, "v X)", "v *ent.U)") + "\nfunc (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v *ent.U) graphql.Marshaler {\n\tif v == nil {\n\t\treturn graphql.Null\n\t}\n\treturn ec._U(ctx, sel, v)\n}\n"
	out := string(directPlainFields([]byte(src)))
	want := "\tif ec.direct {\n\t\tif obj.F != nil && ec.plainSelection(field) {\n\t\t\treturn ec.marshalX(ctx, field.Selections, obj.F)\n\t\t}\n" +
		"\t\tfc, err := ec.fieldContext_T_f(ctx, field)\n\t\tif err != nil {\n\t\t\treturn graphql.Null\n\t\t}\n" +
		"\t\tctx = ec.withFieldContext(ctx, fc)\n\t\tdefer recoverField(ctx, ec.OperationContext, &ret)\n" +
		"\t\tfc.Result = obj.F\n\t\treturn ec.marshalX(ctx, field.Selections, obj.F)\n\t}\n\treturn graphql.ResolveField("
	if !strings.Contains(out, want) {
		t.Errorf("no direct path for an object field:\n%s", out)
	}
	// an interface value may be a nil interface: ResolveField's check stays
	iface := strings.ReplaceAll(src, "*ent.U", "ent.Noder")
	if out := string(directPlainFields([]byte(iface))); strings.Contains(out, "ec.direct") {
		t.Errorf("direct path for an interface field:\n%s", out)
	}
}

// A field context parses its arguments through ec.argsOf (once per
// operation), and a rewritten one is left alone.
func TestArgumentsParsedOnce(t *testing.T) {
	const generated = "\tif fc.Args, err = ec.field_Project_targets_args(ctx, field.ArgumentMap(ec.Variables)); err != nil {\n"
	const want = "\tif fc.Args, err = ec.argsOf(field, func() (map[string]any, error) {\n\t\treturn ec.field_Project_targets_args(ctx, field.ArgumentMap(ec.Variables))\n\t}); err != nil {\n"
	once := string(parsedArgs.ReplaceAll([]byte(generated), []byte(argsOnce)))
	if once != want {
		t.Fatalf("rewritten:\n%s\nwant:\n%s", once, want)
	}
	if twice := string(parsedArgs.ReplaceAll([]byte(once), []byte(argsOnce))); twice != once {
		t.Fatalf("rewritten again:\n%s", twice)
	}
}

// A Float field is written directly only when finite, so it is not pure: an
// object selecting it keeps its field context (graph/plain.go).
func TestFloatFieldIsNotPure(t *testing.T) {
	src := strings.ReplaceAll(field, "v X)", "v float64)") + "\nfunc (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v float64) graphql.Marshaler {\n\t_ = sel\n\tres := graphql.MarshalFloatContext(v)\n\treturn graphql.WrapContextMarshaler(ctx, res)\n}\n"
	if out := string(withPureFields([]byte(src))); strings.Contains(out, `"T_f": true`) {
		t.Errorf("a float field in pureFields:\n%s", out)
	}
	str := strings.ReplaceAll(field, "v X)", "v string)") + "\nfunc (ec *executionContext) marshalX(ctx context.Context, sel ast.SelectionSet, v string) graphql.Marshaler {\n\t_ = sel\n\tres := graphql.MarshalString(v)\n\treturn res\n}\n"
	if out := string(withPureFields([]byte(str))); !strings.Contains(out, `"T_f": true`) {
		t.Errorf("the table misses a pure field (the test would prove nothing):\n%s", out)
	}
}
