package graph

import (
	"bytes"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/shopspring/decimal"

	"jixiao/graph/scalars"
)

// A field written from its address is the marshaller's text, and holding it
// in a Marshaler allocates nothing (the point of it).
func TestFieldsWrittenFromTheirAddress(t *testing.T) {
	s := "培训人次 \"quoted\" \\ \n\u2028 <tag>"
	d := decimal.RequireFromString("-1234.50")
	for _, c := range []struct{ at, want graphql.Marshaler }{
		{stringAt{&s}, graphql.MarshalString(s)},
		{decimalAt{&d}, scalars.MarshalDecimal(d)},
	} {
		var got, want bytes.Buffer
		c.at.MarshalGQL(&got)
		c.want.MarshalGQL(&want)
		if got.String() != want.String() {
			t.Errorf("%T wrote %s, the marshaller %s", c.at, got.String(), want.String())
		}
	}
	if n := testing.AllocsPerRun(100, func() { sink = stringAt{&s}; sink = decimalAt{&d} }); n != 0 {
		t.Errorf("%v allocations to hold a field's address", n)
	}
}
