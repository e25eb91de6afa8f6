package graph

import (
	"maps"
	"slices"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
)

// internalDirectives steer code generation (gqlgen's @go…, entgql's); they
// mean nothing to a client, so introspection and the published schema leave
// them out.
func internalDirective(name string) bool {
	return strings.HasPrefix(name, "go") || strings.HasPrefix(name, "entgql")
}

// scalarDescriptions replace the text entgql writes for the scalars it declares.
var scalarDescriptions = map[string]string{
	"Time": "时间，RFC 3339 格式，如 \"2026-03-31T16:00:00Z\"；存为 UTC，无时区的输入按北京时间读 / " +
		"A time in RFC 3339 format such as \"2026-03-31T16:00:00Z\"; kept in UTC, an input without an offset is read as Beijing time",
}

// publicSchema is the schema clients see: parsedSchema without the internal
// directives, built once. The generated schema is left untouched, so that
// gqlgen's own checks keep their input.
var publicSchema = withoutInternalDirectives(parsedSchema)

func withoutInternalDirectives(s *ast.Schema) *ast.Schema {
	out := *s
	out.Directives = maps.Clone(s.Directives)
	maps.DeleteFunc(out.Directives, func(name string, _ *ast.DirectiveDefinition) bool { return internalDirective(name) })
	out.Types = make(map[string]*ast.Definition, len(s.Types))
	for name, def := range s.Types {
		out.Types[name] = publicDefinition(def)
	}
	// Query, Mutation, PossibleTypes and Implements point at definitions: repoint them.
	pick := func(d *ast.Definition) *ast.Definition {
		if d == nil {
			return nil
		}
		return out.Types[d.Name]
	}
	out.Query, out.Mutation, out.Subscription = pick(s.Query), pick(s.Mutation), pick(s.Subscription)
	out.PossibleTypes = repoint(s.PossibleTypes, pick)
	out.Implements = repoint(s.Implements, pick)
	return &out
}

func repoint(m map[string][]*ast.Definition, pick func(*ast.Definition) *ast.Definition) map[string][]*ast.Definition {
	out := make(map[string][]*ast.Definition, len(m))
	for k, defs := range m {
		for _, d := range defs {
			out[k] = append(out[k], pick(d))
		}
	}
	return out
}

func publicDefinition(def *ast.Definition) *ast.Definition {
	d := *def
	d.Directives = publicDirectives(def.Directives)
	if text, ok := scalarDescriptions[d.Name]; ok && d.Kind == ast.Scalar {
		d.Description = text
	}
	d.Fields = make(ast.FieldList, len(def.Fields))
	for i, f := range def.Fields {
		field := *f
		field.Directives = publicDirectives(f.Directives)
		d.Fields[i] = &field
	}
	d.EnumValues = make(ast.EnumValueList, len(def.EnumValues))
	for i, v := range def.EnumValues {
		value := *v
		value.Directives = publicDirectives(v.Directives)
		d.EnumValues[i] = &value
	}
	return &d
}

func publicDirectives(list ast.DirectiveList) ast.DirectiveList {
	if !slices.ContainsFunc(list, func(d *ast.Directive) bool { return internalDirective(d.Name) }) {
		return list
	}
	return slices.DeleteFunc(slices.Clone(list), func(d *ast.Directive) bool { return internalDirective(d.Name) })
}
