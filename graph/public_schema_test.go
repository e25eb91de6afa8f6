package graph

import (
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// TestIntrospectionHidesInternalDirectives: clients see no @goField, @goModel
// or entgql directive, and the custom scalars name their specification.
func TestIntrospectionHidesInternalDirectives(t *testing.T) {
	srv := handler.New(NewSchema(nil, nil))
	srv.AddTransport(transport.POST{})
	srv.Use(extension.Introspection{})
	var resp struct {
		Schema struct {
			Directives []struct{ Name string }
		} `json:"__schema"`
		Decimal, Money, Time, Cursor, Upload struct{ SpecifiedByURL *string }
	}
	client.New(srv).MustPost(`{
		__schema { directives { name } }
		Decimal: __type(name: "Decimal") { specifiedByURL }
		Money: __type(name: "Money") { specifiedByURL }
		Time: __type(name: "Time") { specifiedByURL }
		Cursor: __type(name: "Cursor") { specifiedByURL }
		Upload: __type(name: "Upload") { specifiedByURL }
	}`, &resp)
	names := []string{}
	for _, d := range resp.Schema.Directives {
		names = append(names, d.Name)
		if internalDirective(d.Name) {
			t.Errorf("introspection shows the internal directive @%s", d.Name)
		}
	}
	if !strings.Contains(strings.Join(names, " "), "specifiedBy") {
		t.Errorf("directives %v lack the built-in ones", names)
	}
	for name, url := range map[string]*string{"Decimal": resp.Decimal.SpecifiedByURL, "Money": resp.Money.SpecifiedByURL,
		"Time": resp.Time.SpecifiedByURL, "Cursor": resp.Cursor.SpecifiedByURL, "Upload": resp.Upload.SpecifiedByURL} {
		if url == nil || *url == "" {
			t.Errorf("scalar %s has no specifiedByURL", name)
		}
	}
	// The published SDL carries none of them either.
	sdl := printSchema(t)
	for _, internal := range []string{"@goField", "@goModel", "@entgql", "directive @go"} {
		if strings.Contains(sdl, internal) {
			t.Errorf("the published schema shows %s", internal)
		}
	}
	// The generated schema still has them: gqlgen's own input is untouched.
	if _, ok := parsedSchema.Directives["goModel"]; !ok {
		t.Error("parsedSchema lost @goModel: publicSchema must copy, not change it")
	}
}
