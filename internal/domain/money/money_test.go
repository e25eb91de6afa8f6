package money

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestStringAndParse(t *testing.T) {
	cases := []struct {
		in   string
		fen  Money
		text string
	}{
		{"1234.5", 123450, "1234.50"},
		{"007.10", 710, "7.10"},
		{"0", 0, "0.00"},
		{"-12.05", -1205, "-12.05"},
		{"9999999999999999.99", 999999999999999999, "9999999999999999.99"},
	}
	for _, c := range cases {
		got, err := Parse(c.in)
		if err != nil || got != c.fen {
			t.Errorf("Parse(%q) = %d, %v; want %d", c.in, got, err, c.fen)
		}
		if got.String() != c.text {
			t.Errorf("String(%d) = %q; want %q", got, got.String(), c.text)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "abc", "1.234", "1e30", "12.3.4", "1,50", "1,234.50", " 1.50", "1.50 ",
		"+1.50", "1.", ".5", "--1", "1_000", "１２", "0x10", "NaN", "Inf", "12345678901234567.00"} {
		if _, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) accepted", in)
		}
	}
}

func TestSumIsExact(t *testing.T) {
	a, _ := Parse("0.10")
	b, _ := Parse("0.20")
	if (a + b).String() != "0.30" {
		t.Fatalf("0.10 + 0.20 = %s", a+b)
	}
}

// The text is the sign, the whole yuan and two fen digits — what
// fmt's "%s%d.%02d" of the magnitude gave — and MarshalGQL quotes it, into
// the answer's buffer or any writer.
func TestTextAndMarshalGQL(t *testing.T) {
	values := []Money{0, 1, -1, 9, -9, 10, 99, 100, -100, 101, 123450, -1205, 999999999999999999, -999999999999999999,
		math.MaxInt64, math.MinInt64 + 1}
	for i := int64(-3000); i <= 3000; i += 7 {
		values = append(values, Money(i), Money(i*1000003))
	}
	for _, m := range values {
		v, sign := int64(m), ""
		if v < 0 {
			sign, v = "-", -v
		}
		want := fmt.Sprintf("%s%d.%02d", sign, v/100, v%100)
		if got := m.String(); got != want {
			t.Errorf("String(%d) = %q, want %q", int64(m), got, want)
		}
		var buf bytes.Buffer
		buf.WriteString("x")
		m.MarshalGQL(&buf)
		var other strings.Builder
		m.MarshalGQL(&other)
		if q := strconv.Quote(want); buf.String() != "x"+q || other.String() != q {
			t.Errorf("MarshalGQL(%d) = %s / %s, want %s", int64(m), buf.String(), other.String(), q)
		}
	}
	if got := Money(math.MinInt64).String(); got != "-92233720368547758.08" {
		t.Errorf("the least amount: %s", got)
	}
}
