package demo

import (
	"math"
	"math/rand/v2"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/beijing"
)

// The seed of every load: the same data every run.
const seed1, seed2 = 20261123, 0x6a697869616f // "jixiao"

// rng wraps the one random stream of a load. Everything is drawn from it in
// a fixed order (never while ranging over a map), so a load is reproducible.
type rng struct{ *rand.Rand }

func newRNG() rng { return rng{rand.New(rand.NewPCG(seed1, seed2))} }

// between is a uniform integer in [lo, hi].
func (r rng) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + r.IntN(hi-lo+1)
}

// uniform is a uniform float in [lo, hi).
func (r rng) uniform(lo, hi float64) float64 { return lo + (hi-lo)*r.Float64() }

// chance is true with probability p.
func (r rng) chance(p float64) bool { return r.Float64() < p }

// logUniform is spread evenly on a log scale: budgets, populations.
func (r rng) logUniform(lo, hi float64) float64 {
	return math.Exp(r.uniform(math.Log(lo), math.Log(hi)))
}

// pick returns one element.
func pick[T any](r rng, xs []T) T { return xs[r.IntN(len(xs))] }

// weighted picks an index with the given weights.
func (r rng) weighted(weights ...float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	x := r.Float64() * total
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// at is a Beijing-time moment, stored in UTC.
func at(y, m, d, hh, mm int) time.Time {
	return time.Date(y, time.Month(m), d, hh, mm, 0, 0, beijing.Location).UTC()
}

// AsOf is "today" in the data: 2026-11-23 09:00 Beijing time. 2024 and 2025
// are closed years; 2026 is running with payments to mid-November and
// monitoring through October.
var AsOf = at(2026, 11, 23, 9, 0)

// The fiscal years of the data.
const (
	firstYear   = 2024
	runningYear = 2026
	// lastMonitoredMonth is the last month of the running year with a
	// monitoring record (October, reported in November).
	lastMonitoredMonth = 10
	// lastPaidDay: payments of the running year run to 20 November.
	lastPaidMonth, lastPaidDay = 11, 20
)

func daysIn(y, m int) int { return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() }

// workday is a random weekday of the month (Beijing time) at office hours,
// no later than maxDay.
func (r rng) workday(y, m, maxDay int) time.Time {
	n := min(daysIn(y, m), maxDay)
	for range 20 {
		d := r.between(1, n)
		wd := time.Date(y, time.Month(m), d, 0, 0, 0, 0, beijing.Location).Weekday()
		if wd != time.Saturday && wd != time.Sunday {
			return at(y, m, d, r.between(9, 16), r.between(0, 59))
		}
	}
	return at(y, m, min(n, 15), 10, 0)
}

// Decimal helpers. Scores are rounded half up to 2 places; values are kept
// to at most 4 places, the columns' scale.
func dec(f float64, places int32) decimal.Decimal {
	return decimal.NewFromFloat(f).Round(places)
}

func decInt(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

var (
	zero    = decimal.Zero
	one     = decimal.NewFromInt(1)
	hundred = decimal.NewFromInt(100)
)

// round2 rounds half up (half away from zero; scores are never negative).
func round2(d decimal.Decimal) decimal.Decimal { return d.Round(2) }
