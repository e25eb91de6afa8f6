package money

import "testing"

// TestParseDecimal is the table of number texts every scalar goes through:
// canonical forms within the scale pass unchanged, anything else is refused.
func TestParseDecimal(t *testing.T) {
	cases := []struct {
		in    string
		scale int
		want  string // "" = refused
	}{
		{"87.65", 4, "87.65"},
		{"-0.5", 4, "-0.5"},
		{"0.1234", 4, "0.1234"},
		{"0.123456789", 4, ""}, // more digits than stored: refused, not rounded
		{"1e30", 4, ""},
		{"1E2", 4, ""},
		{"1,50", 4, ""},
		{"1 000", 4, ""},
		{"+3", 4, ""},
		{"", 4, ""},
		{"-", 4, ""},
		{"9999999999999999.9999", 4, "9999999999999999.9999"},
		{"10000000000000000", 4, ""},
		{"00000000000000000001", 4, "1"},
		{"1.50", 2, "1.5"},
		{"1.505", 2, ""},
	}
	for _, c := range cases {
		d, err := ParseDecimal(c.in, c.scale)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("ParseDecimal(%q, %d) = %s; want refused", c.in, c.scale, d)
		case c.want != "" && (err != nil || d.String() != c.want):
			t.Errorf("ParseDecimal(%q, %d) = %s, %v; want %s", c.in, c.scale, d, err, c.want)
		}
	}
}

func FuzzParseDecimal(f *testing.F) {
	f.Add("1.50")
	f.Add("-0.0001")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDecimal(s, DecimalScale)
		if err != nil {
			return
		}
		if back, err := ParseDecimal(d.StringFixed(DecimalScale), DecimalScale); err != nil || !back.Equal(d) {
			t.Fatalf("%q parsed to %s, which does not read back: %v", s, d, err)
		}
	})
}
