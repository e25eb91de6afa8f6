package httpapi

import (
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// The answer written directly is byte for byte json.Marshal's.
func TestDirectWriteMatchesJSONMarshal(t *testing.T) {
	for _, resp := range []*graphql.Response{
		{Data: json.RawMessage(`{"a":"x<y>&z","b":"行\u2028分\u2029段","c":[1,2.5,null,true],"d":"\u003c already"}`)},
		{Data: json.RawMessage(`{"name":"市教育局 <b>&amp;</b>","e":"\u00e2\u0080"}`)},
		{Data: nil, Errors: gqlerror.List{{Message: "不可用 / unavailable <x>", Path: ast.Path{ast.PathName("a"), ast.PathIndex(0)},
			Extensions: map[string]any{"code": "FORBIDDEN", "field": "x&y"}}}},
		{Data: json.RawMessage(`null`), Errors: gqlerror.List{{Message: "a"}, {Message: "b"}}},
		{Data: json.RawMessage(`{"x":1}`), Extensions: map[string]any{"z": 1, "a": "<"}},
		{Data: json.RawMessage(`{}`)},
		{Data: json.RawMessage("{\"<\":\"<<&\u2028\u2029>\",\"x\":\"\xe2\x80\xa8\"}")},
		{Data: json.RawMessage(`{"a":"&"}`), Errors: gqlerror.List{{Message: "<"}}, Extensions: map[string]any{"b": ">"}},
	} {
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		got, err := appendResponse(nil, resp)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("direct write\n got %s\nwant %s", got, want)
		}
	}
}
