// Package scalars binds GraphQL scalars to Go types we do not own.
package scalars

import (
	"fmt"
	"io"

	"github.com/99designs/gqlgen/graphql"
	"github.com/shopspring/decimal"

	"jixiao/internal/domain/money"
)

// MarshalDecimal writes the Decimal scalar as a JSON string ("87.65"), so no
// client reads it as a float.
func MarshalDecimal(d decimal.Decimal) graphql.Marshaler {
	return decimalJSON(d)
}

// decimalJSON writes a decimal between quotes: its text (digits, a sign, a
// point) needs no escaping, so this is strconv.Quote's output without its copy.
type decimalJSON decimal.Decimal

func (d decimalJSON) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, `"`)
	_, _ = io.WriteString(w, decimal.Decimal(d).String())
	_, _ = io.WriteString(w, `"`)
}

// UnmarshalDecimal reads the Decimal scalar from a canonical string (money.ParseDecimal;
// integers are accepted too).
func UnmarshalDecimal(v any) (decimal.Decimal, error) {
	switch x := v.(type) {
	case string:
		return money.ParseDecimal(x, money.DecimalScale)
	case int:
		return decimal.NewFromInt(int64(x)), nil
	case int64:
		return decimal.NewFromInt(x), nil
	default:
		return decimal.Decimal{}, fmt.Errorf("数值应为字符串，如 \"87.65\" / Decimal must be a string such as \"87.65\", got %T", v)
	}
}
