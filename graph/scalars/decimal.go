// Package scalars binds GraphQL scalars to Go types we do not own.
package scalars

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

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

func (d decimalJSON) MarshalGQL(w io.Writer) { WriteDecimal(w, decimal.Decimal(d)) }

// WriteDecimal writes d as the Decimal scalar, appended to the answer's own
// buffer when it is one: a drill-down writes three decimals an indicator, and
// d.String() makes a big.Int's text and two more strings of each.
func WriteDecimal(w io.Writer, d decimal.Decimal) {
	buf, ok := w.(*bytes.Buffer)
	if !ok {
		_, _ = io.WriteString(w, `"`+d.String()+`"`)
		return
	}
	b := append(buf.AvailableBuffer(), '"')
	b = append(appendDecimal(b, d), '"')
	_, _ = buf.Write(b)
}

// appendDecimal appends d.String() to b; from the coefficient's int64 digits
// when it has at most 18 (every amount and value here), else d.String() itself.
func appendDecimal(b []byte, d decimal.Decimal) []byte {
	exp := int(d.Exponent())
	if exp > 0 || exp < -18 || !decimal.TrimTrailingZeros || decimal.UseScientificNotation || d.NumDigits() > 18 {
		return append(b, d.String()...)
	}
	c := d.CoefficientInt64()
	if c < 0 {
		b = append(b, '-')
		c = -c
	}
	var text [20]byte
	digits := strconv.AppendInt(text[:0], c, 10)
	places := -exp
	if n := len(digits); n <= places { // 0.00…digits
		b = append(b, '0')
		if digits = trimZeros(digits); len(digits) > 0 {
			b = append(b, '.')
			for range places - n {
				b = append(b, '0')
			}
			b = append(b, digits...)
		}
		return b
	}
	b = append(b, digits[:len(digits)-places]...)
	if frac := trimZeros(digits[len(digits)-places:]); len(frac) > 0 {
		b = append(append(b, '.'), frac...)
	}
	return b
}

func trimZeros(digits []byte) []byte {
	for len(digits) > 0 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	return digits
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
