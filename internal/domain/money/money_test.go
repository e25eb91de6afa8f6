package money

import "testing"

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
