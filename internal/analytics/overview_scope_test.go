package analytics_test

import (
	"encoding/json"
	"testing"

	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// The coverage card asks for overview { coverage } only: the overview's
// figures statement is not run for it, and the coverage is the same as when
// the figures are asked for beside it; a fragment with figures still runs it.
func TestOverviewOfCoverageOnlyRunsNoFiguresStatement(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		seed(t, db.Client)
		leader := newAPI(t, db, counter).as("leader", enums.RoleLeader, nil)
		leader.ok(`{ __typename }`, nil, nil) // the viewer is kept from here on
		run := func(q string) (int64, json.RawMessage) {
			var data struct {
				Overview struct {
					Coverage json.RawMessage
				}
			}
			counter.Reset()
			leader.ok(q, nil, &data)
			return counter.Count(), data.Overview.Coverage
		}
		const coverage = `coverage { totalBudget targetBudget selfEvaluationDueCount selfEvaluatedCount keyEvaluationBudget }`
		only, a := run(`{ overview(fiscalYear: 2025) { __typename fiscalYear region ` + coverage + ` } }`)
		with, b := run(`{ overview(fiscalYear: 2025) { projectCount ` + coverage + ` } }`)
		fragment, c := run(`{ overview(fiscalYear: 2025) { ...F ` + coverage + ` } } fragment F on Overview { budget }`)
		t.Logf("statements: coverage only %d, with a figure %d, with a fragment's figure %d", only, with, fragment)
		if with != only+1 || fragment != with {
			t.Fatalf("statements: coverage only %d, with a figure %d, with a fragment's %d: want the figures' one statement less for coverage only", only, with, fragment)
		}
		if string(a) != string(b) || string(a) != string(c) {
			t.Fatalf("coverage differs: %s / %s / %s", a, b, c)
		}
	})
}
