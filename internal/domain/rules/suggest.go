package rules

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// historyYears is how many past years a suggestion reads (近三年).
const historyYears = 3

// YearValue is an actual value of one year.
type YearValue struct {
	Year  int
	Value decimal.Decimal
}

// Suggestion is a target value suggested from history (domain.md
// "Target-value suggestions").
type Suggestion struct {
	Year           int              // the year declared
	LastActuals    []YearValue      // the department's last three years that have a value, oldest first
	LastYearActual *decimal.Decimal // the year before the one declared, when known
	Suggested      *decimal.Decimal // nil when there is no history at all
	// The sector's distribution (every department's values of the last three
	// years), for comparison; nil without any.
	SectorP25, SectorP50, SectorP75 *decimal.Decimal
	SectorCount                     int
}

// SuggestTarget suggests the target of a quantitative indicator declared for
// year: the mean of the department's actuals of the last three years, but
// never easier than last year's actual (not below it for a positive
// indicator, not above it for a reverse one); without the department's own
// history, the sector's median. own may hold several values a year (they are
// averaged) and years outside the window (ignored); sector holds every
// department's values of the window. Values are rounded half up to 2 places.
func SuggestTarget(cmp enums.Comparator, year int, own []YearValue, sector []decimal.Decimal) Suggestion {
	s := Suggestion{Year: year}
	byYear := map[int][]decimal.Decimal{}
	for _, v := range own {
		if v.Year >= year-historyYears && v.Year < year {
			byYear[v.Year] = append(byYear[v.Year], v.Value)
		}
	}
	sum := decimal.Zero
	for y := year - historyYears; y < year; y++ {
		vs, ok := byYear[y]
		if !ok {
			continue
		}
		m := mean(vs)
		s.LastActuals = append(s.LastActuals, YearValue{Year: y, Value: m})
		sum = sum.Add(m)
		if y == year-1 {
			s.LastYearActual = &m
		}
	}
	if n := len(s.LastActuals); n > 0 {
		suggested := divRound(sum, decimal.NewFromInt(int64(n)), 2)
		if last := s.LastYearActual; last != nil && cmp.Quantitative() && cmp != enums.ComparatorEq {
			if cmp.Reverse() {
				suggested = decimal.Min(suggested, *last)
			} else {
				suggested = decimal.Max(suggested, *last)
			}
		}
		s.Suggested = &suggested
	}
	if len(sector) > 0 {
		sorted := slices.Clone(sector)
		slices.SortFunc(sorted, func(a, b decimal.Decimal) int { return a.Cmp(b) })
		p25, p50, p75 := Percentile(sorted, 25), Percentile(sorted, 50), Percentile(sorted, 75)
		s.SectorP25, s.SectorP50, s.SectorP75, s.SectorCount = &p25, &p50, &p75, len(sorted)
		if s.Suggested == nil {
			s.Suggested = &p50
		}
	}
	return s
}

// Percentile is the p-th percentile (0–100) of sorted values by linear
// interpolation between closest ranks (Excel's PERCENTILE.INC, numpy's
// default), exactly, rounded half up to 2 places. sorted must not be empty.
func Percentile(sorted []decimal.Decimal, p int64) decimal.Decimal {
	// rank h = (n − 1) × p ÷ 100, kept as the fraction num ÷ 100.
	num := int64(len(sorted)-1) * p
	lo, rem := num/100, num%100
	v := sorted[lo].Mul(hundred)
	if rem > 0 {
		v = v.Add(sorted[lo+1].Sub(sorted[lo]).Mul(decimal.NewFromInt(rem)))
	}
	return divRound(v, hundred, 2)
}

// mean is the exact mean of values rounded half up to 2 places.
func mean(values []decimal.Decimal) decimal.Decimal {
	sum := decimal.Zero
	for _, v := range values {
		sum = sum.Add(v)
	}
	return divRound(sum, decimal.NewFromInt(int64(len(values))), 2)
}

// notBelowLastActual: a positive target below last year's actual of the same
// library indicator (目标值低于上年实际), or a reverse one above it, is flagged;
// it applies only when some indicator knows last year's actual.
func notBelowLastActual(in ReviewInput) (Check, bool) {
	var bad []string
	applies := false
	for i, ind := range in.Indicators {
		if ind.Target == nil || ind.LastYearActual == nil || !ind.Comparator.Quantitative() || ind.Comparator == enums.ComparatorEq {
			continue
		}
		applies = true
		t, last := *ind.Target, *ind.LastYearActual
		if ind.Comparator.Reverse() && t.GreaterThan(last) || !ind.Comparator.Reverse() && t.LessThan(last) {
			bad = append(bad, fmt.Sprintf("%s（%s / %s）", indicatorName(in, i), t, last))
		}
	}
	return offenders(CheckNotBelowLastActual, SeverityWarning, bad,
		"目标值不低于上年实际（反向指标不高于上年实际）", "no target is easier than last year's actual",
		"目标值低于上年实际（反向指标为高于上年实际）（目标 / 上年实际）", "targets easier than last year's actual (target / last year's actual)"), applies
}
