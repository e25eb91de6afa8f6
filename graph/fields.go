package graph

import (
	"bytes"
	"io"
	"math"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/shopspring/decimal"

	"jixiao/graph/scalars"
)

// stringAt and decimalAt write a string or a decimal field from its address.
// A Marshaler holding one pointer sits in an interface without an
// allocation, where graphql.MarshalString's closure or the decimal's copy is
// one allocation a field (a drill-down's 422 indicators: about 2,500).
// graph/sequential writes them into the direct path of plain fields
// (addressed); the answer is written while the entity is still referenced
// from here, and its text is exactly the marshaller's.
type (
	stringAt  struct{ s *string }
	decimalAt struct{ d *decimal.Decimal }
)

func (s stringAt) MarshalGQL(w io.Writer)  { graphql.MarshalString(*s.s).MarshalGQL(w) }
func (d decimalAt) MarshalGQL(w io.Writer) { scalars.WriteDecimal(w, *d.d) }

// intIDAt, intAt and boolAt write an ID, Int or Boolean field from its address,
// as graphql.MarshalIntID, MarshalInt and MarshalBoolean do, without their
// closure and the digits' string: the digits are appended to the answer's own
// buffer (a drill-down's 422 indicators: about 1,000 allocations).
type (
	intIDAt struct{ i *int }
	intAt   struct{ i *int }
	boolAt  struct{ b *bool }
)

func (a intIDAt) MarshalGQL(w io.Writer) { writeInt(w, *a.i, true) }
func (a intAt) MarshalGQL(w io.Writer)   { writeInt(w, *a.i, false) }

func (a boolAt) MarshalGQL(w io.Writer) {
	if *a.b {
		_, _ = io.WriteString(w, "true")
		return
	}
	_, _ = io.WriteString(w, "false")
}

func writeInt(w io.Writer, i int, quoted bool) {
	buf, ok := w.(*bytes.Buffer)
	switch {
	case !ok && quoted:
		graphql.MarshalIntID(i).MarshalGQL(w)
		return
	case !ok:
		graphql.MarshalInt(i).MarshalGQL(w)
		return
	}
	b := buf.AvailableBuffer()
	if quoted {
		b = append(b, '"')
	}
	b = strconv.AppendInt(b, int64(i), 10)
	if quoted {
		b = append(b, '"')
	}
	_, _ = buf.Write(b)
}

// floatAt writes a finite Float field from its address as
// graphql.MarshalFloatContext does (%g, the shortest form), without its
// closure and the formatting's allocations; graph/sequential uses it only
// when finite holds, leaving an infinite or NaN value to the marshaller,
// which reports it as the field's error.
type floatAt struct{ f *float64 }

func finite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

func (a floatAt) MarshalGQL(w io.Writer) {
	if buf, ok := w.(*bytes.Buffer); ok {
		_, _ = buf.Write(strconv.AppendFloat(buf.AvailableBuffer(), *a.f, 'g', -1, 64))
		return
	}
	_, _ = io.WriteString(w, strconv.FormatFloat(*a.f, 'g', -1, 64))
}
