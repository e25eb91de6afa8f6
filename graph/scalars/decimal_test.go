package scalars

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// The Decimal scalar is written as strconv.Quote of its text, as it always was.
func TestMarshalDecimalQuotesItsText(t *testing.T) {
	for _, s := range []string{"0", "87.65", "-0.01", "100", "123456789012345678901234567890.123456", "-5"} {
		d := decimal.RequireFromString(s)
		var b bytes.Buffer
		MarshalDecimal(d).MarshalGQL(&b)
		if want := strconv.Quote(d.String()); b.String() != want {
			t.Errorf("MarshalDecimal(%s) wrote %s, want %s", s, b.String(), want)
		}
	}
}

// appendDecimal writes what d.String() writes, for every shape of decimal:
// integers, fractions, leading and trailing zeros, signs, positive exponents
// and coefficients past int64.
func TestAppendDecimalIsString(t *testing.T) {
	values := []decimal.Decimal{
		decimal.Zero, decimal.New(0, -2), decimal.New(0, 3), decimal.New(5, 0), decimal.New(-5, 0),
		decimal.New(5, -3), decimal.New(-5, -3), decimal.New(500, -3), decimal.New(-500, -2),
		decimal.New(123456, -2), decimal.New(-123456, -2), decimal.New(100, -2), decimal.New(120, -1),
		decimal.New(7, 2), decimal.New(-7, 5), decimal.New(999999999999999999, -18),
		decimal.New(-999999999999999999, -9), decimal.New(1, -18), decimal.New(1, -19), decimal.New(10, -19),
		decimal.RequireFromString("12345678901234567890.12"), decimal.RequireFromString("-0.000000000000000000001"),
		decimal.RequireFromString("87.65"), decimal.RequireFromString("1000000000000.0000"),
	}
	for i := int64(-1050); i <= 1050; i += 7 {
		for exp := int32(-6); exp <= 2; exp++ {
			values = append(values, decimal.New(i, exp))
		}
	}
	for _, d := range values {
		if got, want := string(appendDecimal([]byte("x"), d)), "x"+d.String(); got != want {
			t.Errorf("appendDecimal(%s, exp %d) = %q, want %q", d.Coefficient(), d.Exponent(), got, want)
		}
		var buf bytes.Buffer
		WriteDecimal(&buf, d)
		var other strings.Builder
		WriteDecimal(&other, d)
		if want := strconv.Quote(d.String()); buf.String() != want || other.String() != want {
			t.Errorf("WriteDecimal(%s) = %s / %s, want %s", d, buf.String(), other.String(), want)
		}
	}
}
