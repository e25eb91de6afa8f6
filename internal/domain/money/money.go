// Package money is the exact money type of Jixiao: yuan kept as integer fen (分),
// so sums are exact in Go, in PostgreSQL and in SQLite alike.
package money

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/shopspring/decimal"
)

// Money is an amount in fen (1 yuan = 100 fen). Its text form is yuan with two
// decimals, e.g. "1234.50".
type Money int64

// Yuan makes an amount from whole yuan.
func Yuan(y int64) Money { return Money(y * 100) }

// String renders the amount as yuan with two decimals: "-12.05", "1234.50".
func (m Money) String() string { return string(m.AppendText(nil)) }

// AppendText appends the amount's text (String) to b.
func (m Money) AppendText(b []byte) []byte {
	v := uint64(m)
	if m < 0 {
		b = append(b, '-')
		v = -v // two's complement: the magnitude, the least int64 included
	}
	b = strconv.AppendUint(b, v/100, 10)
	return append(b, '.', byte('0'+v%100/10), byte('0'+v%10))
}

// Decimal returns the amount in yuan as an exact decimal.
func (m Money) Decimal() decimal.Decimal { return decimal.New(int64(m), -2) }

// FromDecimal converts yuan to Money; more than two decimals is an error, not a rounding.
func FromDecimal(d decimal.Decimal) (Money, error) {
	fen := d.Shift(2)
	if !fen.Equal(fen.Truncate(0)) {
		return 0, fmt.Errorf("金额最多保留两位小数 / amount has more than two decimals: %s", d)
	}
	if !fen.IsInteger() || fen.Abs().GreaterThan(decimal.New(9, 18)) {
		return 0, fmt.Errorf("金额超出范围 / amount out of range: %s", d)
	}
	return Money(fen.IntPart()), nil
}

// MarshalGQL writes the GraphQL Money scalar: a JSON string in yuan.
// MarshalGQL writes the quoted text (digits need no escaping) — into the
// answer's own buffer when it is one, without a string of its own.
func (m Money) MarshalGQL(w io.Writer) {
	if buf, ok := w.(*bytes.Buffer); ok {
		b := append(buf.AvailableBuffer(), '"')
		_, _ = buf.Write(append(m.AppendText(b), '"'))
		return
	}
	_, _ = w.Write(append(m.AppendText([]byte{'"'}), '"'))
}

// UnmarshalGQL reads the GraphQL Money scalar from a string (or a JSON integer).
func (m *Money) UnmarshalGQL(v any) error {
	switch x := v.(type) {
	case string:
		p, err := Parse(x)
		if err != nil {
			return err
		}
		*m = p
		return nil
	case int:
		*m = Yuan(int64(x))
		return nil
	case int64:
		*m = Yuan(x)
		return nil
	default:
		return fmt.Errorf("金额应为字符串，如 \"1234.50\" / Money must be a string such as \"1234.50\", got %T", v)
	}
}
