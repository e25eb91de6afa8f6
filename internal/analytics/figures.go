package analytics

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
)

// Figures are what the cockpit and the department comparison show for a
// department (or a whole scope) in a fiscal year. Money is exact (fen); rates
// are shares (0.85 = 85 %); averages of scores are rounded to 2 places.
type Figures struct {
	ProjectCount    int
	KeyProjectCount int

	InitialBudget money.Money
	Budget        money.Money // adjusted budget (调整后预算; the initial one when never adjusted)
	Paid          money.Money // paid in the year (through AsOfMonth when given)
	ExecutionRate float64     // Paid ÷ Budget; 0 without a budget
	TimeProgress  float64     // 序时进度: m ÷ 12 at the end of month m
	// ExecutionWarning compares ExecutionRate with TimeProgress (domain.md
	// §Monitoring rules); nil without a budget or before the year starts.
	ExecutionWarning *enums.WarningLevel

	TargetsDeclared         int
	TargetsApproved         int
	IndicatorCount          int
	IndicatorsReported      int
	IndicatorsCompleted     int
	IndicatorCompletionRate float64 // IndicatorsCompleted ÷ IndicatorCount

	EvaluationCount       int
	ScoredEvaluationCount int
	AverageScore          *decimal.Decimal
	GradeCounts           GradeCounts

	MonitoredProjects int
	RedWarnings       int
	YellowWarnings    int

	OpenRectifications    int
	OverdueRectifications int
}

// GradeCounts is the grade distribution of evaluations (优 / 良 / 中 / 差).
type GradeCounts struct{ Excellent, Good, Fair, Poor int }

// Change is this year's figures minus the previous year's.
type Change struct {
	ProjectCount            int
	Budget                  money.Money
	Paid                    money.Money
	ExecutionRate           float64
	IndicatorCompletionRate float64
	EvaluationCount         int
	AverageScore            *decimal.Decimal // nil unless both years have one
	RedWarnings             int
	YellowWarnings          int
	// Rank is the previous rank minus this rank: positive = moved up (departmentStats only).
	Rank *int
}

func change(cur, prev Figures) Change {
	c := Change{
		ProjectCount:            cur.ProjectCount - prev.ProjectCount,
		Budget:                  cur.Budget - prev.Budget,
		Paid:                    cur.Paid - prev.Paid,
		ExecutionRate:           cur.ExecutionRate - prev.ExecutionRate,
		IndicatorCompletionRate: cur.IndicatorCompletionRate - prev.IndicatorCompletionRate,
		EvaluationCount:         cur.EvaluationCount - prev.EvaluationCount,
		RedWarnings:             cur.RedWarnings - prev.RedWarnings,
		YellowWarnings:          cur.YellowWarnings - prev.YellowWarnings,
	}
	if cur.AverageScore != nil && prev.AverageScore != nil {
		d := cur.AverageScore.Sub(*prev.AverageScore)
		c.AverageScore = &d
	}
	return c
}

// sums are the raw totals one figures row reads from the summaries.
type sums struct {
	initial, adjusted, paid                                                   int64
	projects, keyProjects, declared, approved                                 int64
	indicators, reported, completed, monitored, red, yellow                   int64
	evaluations, scored, scoreSum, excellent, good, fair, poor, open, overdue int64
}

// sumColumns are the sums' column names in scan order.
var sumColumns = []string{"initial", "adjusted", "paid", "projects", "key_projects", "declared", "approved",
	"indicators", "reported", "completed", "monitored", "red", "yellow",
	"evaluations", "scored", "score_sum", "excellent", "good", "fair", "poor", "open", "overdue"}

// sumsWithoutRectifications are sumColumns but open and overdue.
var sumsWithoutRectifications = slices.DeleteFunc(slices.Clone(sumColumns), func(c string) bool { return c == "open" || c == "overdue" })

func (s *sums) targets() []any {
	return []any{&s.initial, &s.adjusted, &s.paid, &s.projects, &s.keyProjects, &s.declared, &s.approved,
		&s.indicators, &s.reported, &s.completed, &s.monitored, &s.red, &s.yellow,
		&s.evaluations, &s.scored, &s.scoreSum, &s.excellent, &s.good, &s.fair, &s.poor, &s.open, &s.overdue}
}

// scanners wraps the sums' fields for database/sql (NULL and numeric text are 0 / parsed).
func (s *sums) scanners() []any { return s.scannersOf(sumColumns) }

// scannersOf is scanners for the sums cols alone (a subsequence of sumColumns).
func (s *sums) scannersOf(cols []string) []any {
	t := s.targets()
	out := make([]any, 0, len(cols))
	for i, c := range sumColumns {
		if len(cols) == len(sumColumns) || slices.Contains(cols, c) {
			out = append(out, &int64Scanner{t[i].(*int64)})
		}
	}
	return out
}

type int64Scanner struct{ p *int64 }

func (s *int64Scanner) Scan(src any) error {
	var n integer
	if err := n.Scan(src); err != nil {
		return err
	}
	*s.p = n.i
	return nil
}

// figures turns sums into Figures at a time progress.
func (s sums) figures(timeProgress float64) Figures {
	f := Figures{
		ProjectCount:          int(s.projects),
		KeyProjectCount:       int(s.keyProjects),
		InitialBudget:         money.Money(s.initial),
		Budget:                money.Money(s.adjusted),
		Paid:                  money.Money(s.paid),
		ExecutionRate:         ratio(s.paid, s.adjusted),
		TimeProgress:          timeProgress,
		TargetsDeclared:       int(s.declared),
		TargetsApproved:       int(s.approved),
		IndicatorCount:        int(s.indicators),
		IndicatorsReported:    int(s.reported),
		IndicatorsCompleted:   int(s.completed),
		EvaluationCount:       int(s.evaluations),
		ScoredEvaluationCount: int(s.scored),
		AverageScore:          averageScore(s.scoreSum, s.scored),
		GradeCounts:           GradeCounts{int(s.excellent), int(s.good), int(s.fair), int(s.poor)},
		MonitoredProjects:     int(s.monitored),
		RedWarnings:           int(s.red),
		YellowWarnings:        int(s.yellow),
		OpenRectifications:    int(s.open),
		OverdueRectifications: int(s.overdue),
	}
	f.IndicatorCompletionRate = ratio(s.completed, s.indicators)
	if s.adjusted > 0 {
		f.ExecutionWarning = executionWarning(f.ExecutionRate, timeProgress)
	}
	return f
}

func ratio(a, b int64) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scoreScale: the summaries keep scores in 1/10000 points (numeric(20,4)), so
// their sums are exact integers on both databases.
const scoreScale = 4

// averageScore is sum ÷ count rounded half up to 2 places; nil without scores.
func averageScore(sum, count int64) *decimal.Decimal {
	if count == 0 {
		return nil
	}
	avg := decimal.New(averageHundredths(sum, count), -2)
	return &avg
}

// averageHundredths is the average of count scores adding up to sum (in
// 1/10000 points, never negative) in hundredths of a point, rounded half up
// — 92.345 → 9235 — in integers, exactly as averageScoreKey ranks it in SQL.
func averageHundredths(sum, count int64) int64 {
	return (sum*2 + count*100) / (count * 200)
}

// averageScoreKey is the SQL of averageHundredths over two integer
// expressions (NULL without a score): rankings by average score then agree
// with the averages shown, on both databases — rounding a quotient instead
// would round a float on SQLite, where 92.345 is 92.34499….
func averageScoreKey(sum, count string) string {
	return fmt.Sprintf("CASE WHEN %[2]s > 0 THEN (CAST(%[1]s AS BIGINT) * 2 + CAST(%[2]s AS BIGINT) * 100) / (CAST(%[2]s AS BIGINT) * 200) END", sum, count)
}

// params are the national rule set's thresholds; regional overrides do not
// apply to aggregates across regions.
var ruleParams = rules.NationalDefaults()

// executionWarning bands execution rate ÷ time progress (red < 60 %, yellow < 80 %).
func executionWarning(rate, timeProgress float64) *enums.WarningLevel {
	if timeProgress <= 0 {
		return nil
	}
	r := rate / timeProgress
	red, _ := ruleParams.WarningRedBelow.Float64()
	yellow, _ := ruleParams.WarningYellowBelow.Float64()
	level := enums.WarningLevelGreen
	switch {
	case r < red:
		level = enums.WarningLevelRed
	case r < yellow:
		level = enums.WarningLevelYellow
	}
	return &level
}

type clockKey struct{}

// WithClock makes the queries of ctx see now as the current time (time
// progress of the current year, overdue rectifications); for tests and reports.
func WithClock(ctx context.Context, now time.Time) context.Context {
	return context.WithValue(ctx, clockKey{}, now)
}

func now(ctx context.Context) time.Time {
	if t, ok := ctx.Value(clockKey{}).(time.Time); ok {
		return t
	}
	return time.Now()
}

// progressMonth is the month whose end the figures of year y are read at: the
// asOf month when given, else 12 for past years, the current month (Beijing
// time) for this year and 0 for future years.
func progressMonth(ctx context.Context, y int, asOf *int) int {
	if asOf != nil {
		return *asOf
	}
	t := now(ctx).In(beijing.Location)
	switch {
	case y < t.Year():
		return 12
	case y > t.Year():
		return 0
	default:
		return int(t.Month())
	}
}

// checkMonth validates an asOfMonth argument.
func checkMonth(asOf *int) error {
	if asOf != nil && (*asOf < 1 || *asOf > 12) {
		return badInput("asOfMonth", fmt.Sprintf("月份应为 1–12，而不是 %d", *asOf), fmt.Sprintf("month must be 1–12, not %d", *asOf))
	}
	return nil
}

// paidThrough is the SQL sum of a summary row's payments in months 1..m.
func paidThrough(alias string, m int) string {
	if m >= 12 {
		return alias + ".paid_amount"
	}
	if m <= 0 {
		return "0"
	}
	cols := make([]string, m)
	for i := range cols {
		cols[i] = fmt.Sprintf("%s.paid_%02d", alias, i+1)
	}
	return "(" + strings.Join(cols, " + ") + ")"
}
