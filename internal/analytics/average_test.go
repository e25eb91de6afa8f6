package analytics_test

import (
	"context"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/internal/analytics"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// TestAverageScoreKeyIsExactOnBothDatabases: the SQL that ranks by average
// score gives the average shown (hundredths, half up) on PostgreSQL and on
// SQLite alike, at the .xx5 boundaries where a float would round down.
func TestAverageScoreKeyIsExactOnBothDatabases(t *testing.T) {
	cases := []struct {
		sum, count int64 // sum in 1/10000 points
		want       int64 // hundredths of a point
	}{
		{923450 * 2, 2, 9235},         // 92.345 → 92.35 (a float has 92.34499…)
		{923449 * 2, 2, 9234},         // 92.3449 → 92.34
		{1005, 1, 10},                 // 0.1005 → 0.10
		{1050, 1, 11},                 // 0.105 → 0.11
		{1000000, 1, 10000},           // 100
		{0, 3, 0},                     // three zeros
		{2000000 + 1, 3, 6667},        // 66.66670 → 66.67
		{9234500 * 10, 100, 9235},     // 92.345 over 100 evaluations
		{899950*3 - 1, 3, 8999},       // 89.99496… → 89.99
		{899950 * 3, 3, 9000},         // 89.995 → 90.00
		{123456789012, 1000000, 1235}, // 12.3456… over a million
	}
	for _, c := range cases {
		exact := decimal.New(c.sum, -4).Div(decimal.NewFromInt(c.count)) // half up at 2 places below
		if got := analytics.AverageHundredths(c.sum, c.count); got != c.want {
			t.Errorf("AverageHundredths(%d, %d) = %d, want %d (%s)", c.sum, c.count, got, c.want, exact)
		}
	}
	testdb.Dialects(t, func(t *testing.T, url string) {
		db := testdb.Open(t, url, store.DefaultOptions)
		for _, c := range cases {
			q := "SELECT " + analytics.AverageScoreKey("s", "n") + " FROM (SELECT CAST($1 AS BIGINT) AS s, CAST($2 AS BIGINT) AS n) x"
			var got int64
			if err := db.SQL.QueryRowContext(context.Background(), q, c.sum, c.count).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("SQL average of %d over %d = %d hundredths, want %d", c.sum, c.count, got, c.want)
			}
		}
		var none *int64
		if err := db.SQL.QueryRowContext(context.Background(), "SELECT "+analytics.AverageScoreKey("0", "0")).Scan(&none); err != nil || none != nil {
			t.Errorf("no scores: %v, %v; want NULL", none, err)
		}
	})
}
