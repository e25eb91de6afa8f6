// Command sequential rewrites gqlgen's generated executor so that list
// elements are marshalled in the calling goroutine (graph.marshalList)
// instead of one goroutine each (graphql.MarshalSliceConcurrently), and an
// object's path is only computed for @defer when it is used, and an object's
// fields are written without gqlgen's per-object map (graph/lists.go). gqlgen
// v0.17 has no setting for this: exec.worker_limit only bounds how many of
// the per-element goroutines run at once. It runs after every
// `go tool gqlgen` (make generate, go generate ./graph); a test in package
// graph fails when the generated code calls the concurrent form again.
//
// It parses a field's arguments once per operation, not once per parent row
// (graph/args.go).
//
// A query's field sets, lists, field contexts and collected fields are taken
// from memory reused by the next query (graph/memory.go).
//
// It also gives a field that is a plain struct field (no resolver, no
// directive, no arguments) whose scalar or enum marshaller neither reads the
// context nor can fail a direct path: when the server installs no field
// middleware (graph/lists.go, directFields), the value is marshalled at once,
// without gqlgen's field context, context value, resolver closures and boxed
// result (about seven allocations a field, most of a drill-down's).
//
//	go run ./graph/sequential graph/generated.go
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"regexp"
	"sort"
	"strings"
)

// rewrites: gqlgen's call, then ours (graph/lists.go says why).
var rewrites = [][2]string{
	{"graphql.MarshalSliceConcurrently(", "ec.marshalList("},
	// the answer's field sets, lists, field contexts and collected fields in the query's memory (graph/memory.go)
	{"graphql.NewFieldSet(fields)", "ec.newFieldSet(fields)"},
	{"graphql.CollectFields(ec.OperationContext, sel, ", "ec.collectFields(sel, "},
	{"graphql.NewDeferredGroup(ctx)", "ec.newDeferredGroup(ctx)"},
	{"\tdeferred := newDeferredGroup(ctx)", "\tdeferred := ec.newDeferredGroup(ctx)"}, // an output of the previous rewrite
	{"ec.ProcessDeferredGroup(deferred)", "ec.ProcessDeferredGroup(deferredWithPath(deferred))"},
	{"\n\treturn out\n}\n", "\n\treturn ec.objectFields(out, fields)\n}\n"},
	// the operation's choice of the direct path (directFields), made once
	{"type executionContext struct {\n\t*graphql.ExecutionContextState[ResolverRoot, DirectiveRoot, ComplexityRoot]\n}",
		"type executionContext struct {\n\t*graphql.ExecutionContextState[ResolverRoot, DirectiveRoot, ComplexityRoot]\n" +
			"\tdirect bool       // plain fields skip gqlgen's field machinery (graph/lists.go)\n" +
			"\tdefers bool       // the operation has a @defer (graph/lists.go)\n" +
			"\targs   *fieldArgs // each field's arguments, parsed once (graph/args.go)\n" +
			"\tmem *operationMemory // where a query's answer is built (graph/memory.go)\n}"},
	// a query's answer in a buffer of the size its last answer had (marshalAnswer)
	{"\t\t\tvar buf bytes.Buffer\n\t\t\tdata.MarshalGQL(&buf)\n\t\t\tresponse.Data = buf.Bytes()\n",
		"\t\t\tresponse.Data = marshalAnswer(ctx, opCtx, data)\n\t\t\tec.releaseMemory()\n"},
	// the input unmarshalers' index built once per process, not per request (graph/inputindex.go)
	{"\tinputUnmarshalers := func() *graphql.InputUnmarshalerIndex {\n",
		"\tinputUnmarshalers := sharedInputUnmarshalers(func(ec *executionContext) *graphql.InputUnmarshalerIndex {\n"},
	{"\t\t)\n\t}\n\tfirst := true\n", "\t\t)\n\t})\n\tfirst := true\n"},
	{"\treturn &executionContext{\n\t\tExecutionContextState:",
		"\tdefers := hasDefer(opCtx) // the document walked once for both\n\treturn &executionContext{\n\t\tdirect: directFields(opCtx),\n\t\tdefers: defers,\n\t\targs:   new(fieldArgs),\n\t\tmem: takeMemory(opCtx, defers),\n\t\tExecutionContextState:"},
}

// parsedArgs is where a field's context parses the field's arguments, again
// for every parent row; argsOnce parses them once per operation (ec.argsOf).
var (
	parsedArgs = regexp.MustCompile(`(?m)^\tif fc\.Args, err = ec\.(field_[A-Za-z0-9_]+_args)\(ctx, field\.ArgumentMap\(ec\.Variables\)\); err != nil \{$`)
	argsOnce   = "\tif fc.Args, err = ec.argsOf(field, func() (map[string]any, error) {\n\t\treturn ec.$1(ctx, field.ArgumentMap(ec.Variables))\n\t}); err != nil {"
)

// fieldContext is a field context allocated on its own; newFieldContext puts
// it in the query's memory (graph/memory.go).
var (
	fieldContext  = regexp.MustCompile(`(?m)^\tfc = &graphql\.FieldContext\{\n((?:\t\t[^\n]*\n)*?)\t\}\n`)
	inQueryMemory = "\tfc = ec.newFieldContext(graphql.FieldContext{\n$1\t})\n"
)

// plainField is a generated field function whose value is a struct field
// read without a resolver, middleware or arguments.
var plainField = regexp.MustCompile(`(?m)^(func \(ec \*executionContext\) _[^(\s]+\(ctx context\.Context, field graphql\.CollectedField, obj \*?[^)\s]+\) \(ret graphql\.Marshaler\) \{\n)` +
	`(\treturn graphql\.ResolveField\(\n\t\tctx,\n\t\tec\.OperationContext,\n\t\tfield,\n` +
	`\t\tfunc\(ctx context\.Context, field graphql\.CollectedField\) \(\*graphql\.FieldContext, error\) \{\n\t\t\treturn ec\.fieldContext_[^(\s]+\(ctx, field\)\n\t\t\},\n` +
	`\t\tfunc\(ctx context\.Context\) \(any, error\) \{\n\t\t\treturn obj\.([A-Za-z0-9_]+), nil\n\t\t\},\n` +
	`\t\tnil,\n` +
	`\t\tfunc\(ctx context\.Context, selections ast\.SelectionSet, v ([^\n]+)\) graphql\.Marshaler \{\n\t\t\treturn ec\.(marshal[^(\s]+)\(ctx, selections, v\)\n` +
	`\t\t\},\n\t\t(true|false),\n)`)

// marshaller is a generated marshalling function and its body.
var marshaller = regexp.MustCompile(`(?m)^func \(ec \*executionContext\) (marshal[^(\s]+)\(ctx context\.Context, sel ast\.SelectionSet, v [^\n]+\) graphql\.Marshaler \{\n((?:\t[^\n]*\n|\n)*?)\}\n`)

// A pure marshaller: an enum's value, or a scalar marshalled by a function
// of the value alone; a non-null one only reports a null, which these
// functions never return (graphql.MarshalString and the like, and
// scalars.MarshalDecimal, scalars.MarshalTime), so the context it would report it in is not read.
var (
	enumBody   = regexp.MustCompile(`^\treturn v\n$`)
	scalarBody = regexp.MustCompile(`^(\tif v == nil \{\n\t\treturn graphql\.Null\n\t\}\n)?\t_ = sel\n(\t_ = ctx\n)?\tres := ([A-Za-z.]+)\(\*?v\)\n(\tif res == graphql\.Null \{\n\t\tgraphql\.AddInvalidNullFromMarshaler\(ctx, "[^"\n]*"\)\n\t\}\n)?\treturn res\n$`)
	neverNull  = map[string]bool{
		"graphql.MarshalString": true, "graphql.MarshalInt": true, "graphql.MarshalInt32": true,
		"graphql.MarshalInt64": true, "graphql.MarshalIntID": true, "graphql.MarshalBoolean": true,
		"scalars.MarshalDecimal": true, "scalars.MarshalTime": true,
	}
)

var fieldFunc = regexp.MustCompile(`^func \(ec \*executionContext\) _([^(\s]+)\(`)

// fieldContextName is T_f of a field function _T_f.
func fieldContextName(header []byte) string {
	return string(fieldFunc.FindSubmatch(header)[1])
}

// pureMarshallers names the generated marshallers that need neither the
// field's context nor can add an error, each with the way its field's value
// is written without boxing a copy of it (addressed).
func pureMarshallers(src []byte) map[string]*addressed {
	pure := map[string]*addressed{}
	for _, m := range marshaller.FindAllSubmatch(src, -1) {
		name, body := string(m[1]), m[2]
		if enumBody.Match(body) {
			pure[name] = &addressed{form: "%s"} // its MarshalGQL has a value receiver, so its address has it too
			continue
		}
		b := scalarBody.FindSubmatch(body)
		if b == nil {
			continue
		}
		readsCtx := len(b[4]) > 0 // reports a null in the context
		if !readsCtx || neverNull[string(b[3])] {
			pure[name] = &addressed{form: atForms[string(b[3])], nullable: len(b[1]) > 0}
		}
	}
	for _, m := range marshaller.FindAllSubmatch(src, -1) {
		if f := floatBody.FindSubmatch(m[2]); f != nil {
			pure[string(m[1])] = &addressed{form: "floatAt{%s}", nullable: len(f[1]) > 0, guard: "finite(%s)"}
		}
	}
	return pure
}

// floatBody is a Float's marshaller: it fails on an infinite or NaN value
// (an error in the field's context), so its direct path writes the finite
// values alone and leaves the rest to it.
var floatBody = regexp.MustCompile(`^(\tif v == nil \{\n\t\treturn graphql\.Null\n\t\}\n)?\t_ = sel\n\tres := graphql\.MarshalFloatContext\(\*?v\)\n` +
	`(?:\tif res == graphql\.Null \{\n\t\tgraphql\.AddInvalidNullFromMarshaler\(ctx, "[^"\n]*"\)\n\t\}\n)?\treturn graphql\.WrapContextMarshaler\(ctx, res\)\n$`)

// addressed is how a pure marshaller's field is written from its address:
// form (%s: the address; "" = call the marshaller) is a Marshaler holding
// one pointer, which an interface holds without an allocation, where boxing
// the value (a string, an enum, a decimal) is one allocation a field. The
// address is that of a value field, or a nullable marshaller's pointer field
// itself.
type addressed struct {
	form     string
	nullable bool
	// guard, when set, is the condition (of the value) under which the form
	// writes what the marshaller would; otherwise the field goes the
	// marshaller's way, in its own context — so such a field is not pure
	// (pureFields), and has no direct path where the form does not apply.
	guard string
}

// atForms are the pointer-shaped Marshalers of graph/fields.go, by the
// function the marshaller calls.
var atForms = map[string]string{
	"graphql.MarshalString":  "stringAt{%s}",
	"scalars.MarshalDecimal": "decimalAt{%s}",
	"graphql.MarshalIntID":   "intIDAt{%s}",
	"graphql.MarshalInt":     "intAt{%s}",
	"graphql.MarshalBoolean": "boolAt{%s}",
}

// directValue is the direct path's statements for field f (of Go type typ)
// of a pure marshaller; objPointer: the field's struct is reached by a
// pointer (the address of a copy would put the whole copy on the heap).
func directValue(a addressed, marshal, f, typ string, objPointer bool) string {
	pointer := strings.HasPrefix(typ, "*") || strings.HasPrefix(typ, "[]")
	switch {
	case a.guard != "" && (!objPointer || pointer && !a.nullable):
		return ""
	case a.guard != "" && a.nullable:
		return fmt.Sprintf("\t\tif obj.%s == nil {\n\t\t\treturn graphql.Null\n\t\t}\n\t\tif "+a.guard+" {\n\t\t\treturn "+a.form+"\n\t\t}\n",
			f, "*obj."+f, "obj."+f)
	case a.guard != "":
		return fmt.Sprintf("\t\tif "+a.guard+" {\n\t\t\treturn "+a.form+"\n\t\t}\n", "obj."+f, "&obj."+f)
	case a.form == "" || !objPointer || pointer && !a.nullable:
		return fmt.Sprintf("\t\treturn ec.%s(ctx, field.Selections, obj.%s)\n", marshal, f)
	case a.nullable:
		return fmt.Sprintf("\t\tif obj.%s == nil {\n\t\t\treturn graphql.Null\n\t\t}\n\t\treturn "+a.form+"\n", f, "obj."+f)
	default:
		return fmt.Sprintf("\t\treturn "+a.form+"\n", "&obj."+f)
	}
}

// directPlainFields puts the direct path in front of every plain field
// with a pure marshaller (idempotent: a rewritten field is not matched again,
// its first statement being the direct path).
func directPlainFields(src []byte) []byte {
	pure := pureMarshallers(src)
	return plainField.ReplaceAllFunc(src, func(m []byte) []byte {
		g := plainField.FindSubmatch(m)
		field, typ, marshal, recovers := g[3], string(g[4]), g[5], string(g[6]) == "true"
		var direct string
		switch {
		case pure[string(marshal)] != nil:
			objPointer := bytes.Contains(g[1], []byte(" obj *"))
			value := directValue(*pure[string(marshal)], string(marshal), string(field), typ, objPointer)
			if value == "" {
				return m
			}
			direct = "\tif ec.direct {\n" + value + "\t}\n"
		case strings.HasPrefix(typ, "*") || strings.HasPrefix(typ, "[]"):
			// An object or a list: its field context stays (the path of
			// what is below, the field collection of its resolvers), the
			// resolver closures, middleware call and boxing go. A pointer
			// or a slice is never a nil interface, so ResolveField's null
			// check of the result never applies; the marshaller reports a
			// null as before.
			var recovery, plain string
			if recovers {
				recovery = "\t\tdefer recoverField(ctx, ec.OperationContext, &ret)\n"
			}
			if strings.HasPrefix(typ, "*") {
				// an object whose selected fields are all pure reads no
				// context below it: none is made (graph/plain.go)
				plain = fmt.Sprintf("\t\tif obj.%s != nil && ec.plainSelection(field) {\n"+
					"\t\t\treturn ec.%s(ctx, field.Selections, obj.%s)\n\t\t}\n", field, marshal, field)
			}
			direct = fmt.Sprintf("\tif ec.direct {\n%s"+
				"\t\tfc, err := ec.fieldContext_%s(ctx, field)\n"+
				"\t\tif err != nil {\n\t\t\treturn graphql.Null\n\t\t}\n"+
				"\t\tctx = ec.withFieldContext(ctx, fc)\n%s"+
				"\t\tfc.Result = obj.%s\n"+
				"\t\treturn ec.%s(ctx, field.Selections, obj.%s)\n\t}\n",
				plain, fieldContextName(g[1]), recovery, field, marshal, field)
		default:
			return m
		}
		out := append([]byte{}, g[1]...)
		out = append(out, direct...)
		return append(out, g[2]...)
	})
}

// withPureFields appends the table of the fields whose direct path writes
// them from their object alone (a pure marshaller), by their field function's
// name (Type_field), unless it is there: graph/plain.go reads it.
func withPureFields(src []byte) []byte {
	if bytes.Contains(src, []byte("\nvar pureFields = ")) {
		return src
	}
	pure := pureMarshallers(src)
	var names []string
	for _, g := range plainField.FindAllSubmatch(src, -1) {
		if a := pure[string(g[5])]; a != nil && a.guard == "" {
			names = append(names, fieldContextName(g[1]))
		}
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("\n// pureFields are the fields written from their object alone on the direct\n// path (graph/sequential; graph/plain.go).\nvar pureFields = map[string]bool{\n")
	for _, n := range names {
		fmt.Fprintf(&b, "\t%q: true,\n", n)
	}
	b.WriteString("}\n")
	return append(src, b.String()...)
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: sequential graph/generated.go")
		os.Exit(2)
	}
	path := os.Args[1]
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := src
	for _, r := range rewrites {
		out = bytes.ReplaceAll(out, []byte(r[0]), []byte(r[1]))
	}
	out = withPureFields(out)
	out = directPlainFields(out)
	out = parsedArgs.ReplaceAll(out, []byte(argsOnce))
	out = fieldContext.ReplaceAll(out, []byte(inQueryMemory))
	if formatted, err := format.Source(out); err == nil {
		out = formatted // as gofmt leaves it (the rewrites keep it so; this is the guard)
	}
	if bytes.Equal(out, src) {
		return // already rewritten, or gqlgen names the function differently (the test tells)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
