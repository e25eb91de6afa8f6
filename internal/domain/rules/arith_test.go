package rules

import (
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
)

func TestDivRound(t *testing.T) {
	for _, tc := range []struct {
		num, den string
		places   int32
		want     string
	}{
		{"20", "3", 2, "6.67"},
		{"10", "3", 2, "3.33"},
		{"1", "8", 2, "0.13"}, // 0.125: half away from zero
		{"-1", "8", 2, "-0.13"},
		{"1", "-8", 2, "-0.13"},
		{"-1", "-8", 2, "0.13"},
		{"1", "400", 2, "0"}, // 0.0025
		{"1", "200", 2, "0.01"},
		{"89995", "1000", 2, "90"},
		{"89994", "1000", 2, "89.99"},
		{"0", "7", 2, "0"},
		{"540", "700", 4, "0.7714"},
	} {
		equalDecimal(t, tc.num+"÷"+tc.den, divRound(d(tc.num), d(tc.den), tc.places), tc.want)
	}
}

// ratRound rounds num ÷ den half away from zero with math/big, independently.
func ratRound(num, den decimal.Decimal, places int32) decimal.Decimal {
	q := new(big.Rat).Quo(num.Rat(), den.Rat())
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil))
	q.Mul(q, scale)
	neg := q.Sign() < 0
	q.Abs(q)
	q.Add(q, big.NewRat(1, 2))
	n := new(big.Int).Quo(q.Num(), q.Denom())
	if neg {
		n.Neg(n)
	}
	return decimal.NewFromBigInt(n, -places)
}

func FuzzDivRound(f *testing.F) {
	f.Add(int64(1), int32(0), int64(8), int32(0), uint8(2))
	f.Add(int64(-20), int32(-1), int64(3), int32(0), uint8(2))
	f.Fuzz(func(t *testing.T, n int64, ne int32, m int64, me int32, places uint8) {
		if m == 0 {
			return
		}
		num, den := decimal.New(n, ne%8), decimal.New(m, me%8)
		pl := int32(places % 7)
		if got, want := divRound(num, den, pl), ratRound(num, den, pl); !got.Equal(want) {
			t.Fatalf("divRound(%s, %s, %d) = %s, want %s", num, den, pl, got, want)
		}
	})
}

func TestSplitPoints(t *testing.T) {
	for _, tc := range []struct {
		total   string
		weights []string
		want    []string
	}{
		{"50", []string{"1", "1", "1"}, []string{"16.67", "16.67", "16.66"}},
		{"50", []string{"1", "2"}, []string{"16.67", "33.33"}},
		{"10", []string{"1", "2"}, []string{"3.33", "6.67"}},
		{"30", []string{"1", "1", "1"}, []string{"10", "10", "10"}},
		{"50", []string{"0", "1"}, []string{"0", "50"}},
		{"0.05", []string{"1", "1", "1"}, []string{"0.02", "0.02", "0.01"}},
		{"40", []string{"30", "20", "10"}, []string{"20", "13.33", "6.67"}},
		{"100", []string{"1", "1", "1", "1", "1", "1"}, []string{"16.67", "16.67", "16.67", "16.67", "16.66", "16.66"}},
	} {
		weights := make([]decimal.Decimal, len(tc.weights))
		for i, w := range tc.weights {
			weights[i] = d(w)
		}
		got := splitPoints(defaults, d(tc.total), weights)
		for i := range got {
			equalDecimal(t, "split of "+tc.total, got[i], tc.want[i])
		}
	}
}

func FuzzSplitPoints(f *testing.F) {
	f.Add(int64(5000), []byte{1, 1, 1})
	f.Add(int64(1), []byte{0, 3, 7, 0})
	f.Fuzz(func(t *testing.T, cents int64, raw []byte) {
		if len(raw) == 0 || len(raw) > 50 {
			return
		}
		total := decimal.New(cents%10_000_000, -2).Abs()
		weights := make([]decimal.Decimal, len(raw))
		sum := decimal.Zero
		for i, b := range raw {
			weights[i] = decimal.New(int64(b), -1)
			sum = sum.Add(weights[i])
		}
		if sum.IsZero() {
			return
		}
		parts := splitPoints(defaults, total, weights)
		got := decimal.Zero
		unit := d("0.01")
		for i, part := range parts {
			got = got.Add(part)
			exact := total.Mul(weights[i]).Div(sum)
			if part.Sub(exact).Abs().GreaterThanOrEqual(unit) || !hasAtMostPlaces(part, 2) || part.Sign() < 0 {
				t.Fatalf("part %d = %s, exact %s", i, part, exact)
			}
		}
		if !got.Equal(total) {
			t.Fatalf("parts sum to %s, want %s", got, total)
		}
	})
}
