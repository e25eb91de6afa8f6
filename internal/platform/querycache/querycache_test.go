package querycache

import (
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

func TestDirectives(t *testing.T) {
	for _, c := range []struct {
		headers          []string
		noCache, noStore bool
	}{
		{nil, false, false},
		{[]string{"max-age=0"}, false, false},
		{[]string{"no-cache"}, true, false},
		{[]string{"No-Store"}, false, true},
		{[]string{"max-age=0, no-cache"}, true, false},
		{[]string{"private", "no-store , no-cache"}, true, true},
	} {
		noCache, noStore := directives(c.headers)
		if noCache != c.noCache || noStore != c.noStore {
			t.Errorf("directives(%q) = %v, %v; want %v, %v", c.headers, noCache, noStore, c.noCache, c.noStore)
		}
	}
}

func TestKeepable(t *testing.T) {
	yes := true
	for _, c := range []struct {
		name string
		resp *graphql.Response
		want bool
	}{
		{"data", &graphql.Response{Data: json.RawMessage(`{"a":1}`)}, true},
		{"nothing", nil, false},
		{"null data", &graphql.Response{Data: json.RawMessage(`null`)}, false},
		{"an error", &graphql.Response{Data: json.RawMessage(`{"a":null}`), Errors: gqlerror.List{{Message: "x"}}}, false},
		{"deferred", &graphql.Response{Data: json.RawMessage(`{"a":1}`), HasNext: &yes}, false},
		{"extensions", &graphql.Response{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"cost": 1}}, false},
	} {
		if got := keepable(c.resp); got != c.want {
			t.Errorf("%s: keepable = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestByteBudget: the oldest answers go when the kept bytes pass MaxBytes.
func TestByteBudget(t *testing.T) {
	c := New(nil, nil, Options{MaxBytes: 100})
	for i := range 5 {
		c.keep([32]byte{byte(i)}, &answer{data: json.RawMessage(make([]byte, 40))})
	}
	if c.used.Load() > 100 || c.answers.Len() != 2 {
		t.Fatalf("kept %d answers of %d bytes, want the newest 2 within 100 bytes", c.answers.Len(), c.used.Load())
	}
	if _, ok := c.answers.Peek([32]byte{4}); !ok {
		t.Fatal("the newest answer was dropped")
	}
	c.keep([32]byte{4}, &answer{data: json.RawMessage(make([]byte, 10))}) // replaced, not added
	if c.used.Load() != 50 {
		t.Fatalf("used = %d after replacing an answer, want 50", c.used.Load())
	}
}
