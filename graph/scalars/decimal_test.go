package scalars

import (
	"bytes"
	"strconv"
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
