package graph

import (
	"bytes"
	"context"
	"math"
	"strings"
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

// floatAt writes what graphql.MarshalFloatContext writes, for every finite
// float: integers, fractions, tiny and huge magnitudes, signs and zeros —
// into the answer's buffer and into any other writer.
func TestFloatAtIsMarshalFloat(t *testing.T) {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 0.1, 100, 1e20, 1e21, 1e-7, 123456789.123,
		-0.000001, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.8333333333333334, 12.5, 1e6, 1e15 + 0.3}
	for i := -2000; i <= 2000; i += 3 {
		values = append(values, float64(i)/7, float64(i)*1e9/13, float64(i)/1e9)
	}
	for _, f := range values {
		if !finite(f) {
			t.Fatalf("%v: not finite", f)
		}
		var want bytes.Buffer
		graphql.MarshalFloatContext(f).MarshalGQLContext(context.Background(), &want)
		var buf bytes.Buffer
		buf.WriteString("x")
		floatAt{&f}.MarshalGQL(&buf)
		var other strings.Builder
		floatAt{&f}.MarshalGQL(&other)
		if buf.String() != "x"+want.String() || other.String() != want.String() {
			t.Errorf("floatAt(%v) = %s / %s, want %s", f, buf.String(), other.String(), want.String())
		}
	}
	for _, f := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		if finite(f) {
			t.Errorf("%v: finite", f)
		}
	}
}
