package graph

import (
	"io"

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
func (d decimalAt) MarshalGQL(w io.Writer) { scalars.MarshalDecimal(*d.d).MarshalGQL(w) }
