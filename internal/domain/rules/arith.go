package rules

import "github.com/shopspring/decimal"

var (
	one     = decimal.NewFromInt(1)
	two     = decimal.NewFromInt(2)
	hundred = decimal.NewFromInt(100)
)

// divRound is num ÷ den rounded half away from zero (四舍五入) to places, exactly:
// the quotient is never cut to an intermediate precision first, so a score can
// not be double-rounded. den must not be zero.
func divRound(num, den decimal.Decimal, places int32) decimal.Decimal {
	q, r := num.QuoRem(den, places)
	unit := decimal.New(1, -places)
	if r.Abs().Mul(two).LessThan(den.Abs().Mul(unit)) {
		return q
	}
	if num.Sign()*den.Sign() < 0 {
		return q.Sub(unit)
	}
	return q.Add(unit)
}

// roundScore rounds a score to the rule set's places, half up (half away from
// zero, which is the same for the non-negative scores it is used on).
func roundScore(p Params, x decimal.Decimal) decimal.Decimal { return x.Round(p.ScorePlaces) }

// hasAtMostPlaces tells whether x needs no more than places decimals.
func hasAtMostPlaces(x decimal.Decimal, places int32) bool {
	return x.Equal(x.Truncate(places))
}

// ratio is num ÷ den kept exact (den > 0), so thresholds compare without rounding.
type ratio struct{ num, den decimal.Decimal }

func (r ratio) lessThan(x decimal.Decimal) bool { return r.num.LessThan(x.Mul(r.den)) }

// value is the ratio rounded to 4 decimals, for display and storage.
func (r ratio) value() decimal.Decimal { return divRound(r.num, r.den, 4) }

// percent renders the ratio as a percentage with at most 2 decimals: "85.5%".
func (r ratio) percent() string { return divRound(r.num.Mul(hundred), r.den, 2).String() + "%" }

// sharePercent renders a share (0.8) as a percentage ("80%").
func sharePercent(share decimal.Decimal) string { return share.Mul(hundred).String() + "%" }

// num renders an input value as given; negative values are parenthesised so
// that formulas such as "A − (−5)" read right.
func num(x decimal.Decimal) string {
	if x.Sign() < 0 {
		return "(" + x.String() + ")"
	}
	return x.String()
}

// fixed renders a score with the rule set's places: "7.50".
func fixed(p Params, x decimal.Decimal) string { return x.StringFixed(p.ScorePlaces) }
