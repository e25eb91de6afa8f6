package httpapi

import (
	"context"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// newAPIWith is newAPI with options of the test's choosing.
func newAPIWith(t *testing.T, url string, opt Options) *api {
	t.Helper()
	counter := &testdb.Counter{}
	dbOpt := store.DefaultOptions
	dbOpt.Wrap = counter.Wrap
	db := testdb.Open(t, url, dbOpt)
	opt.Development = true
	srv := httptest.NewServer(New(db.Client, db.SQL, opt))
	t.Cleanup(srv.Close)
	a := &api{t: t, srv: srv, db: db, counter: counter}
	a.loginAs("admin", enums.RoleFinanceAdmin, nil)
	return a
}

func TestAnalyticsCostModel(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		slots := newViewerSlots()
		a := newAPIWith(t, url, Options{expensiveSlots: slots, Limits: Limits{MaxResponseBytes: 2000}})
		code := func(out gqlResponse) any {
			if len(out.Errors) == 0 {
				return nil
			}
			return out.Errors[0].Extensions["code"]
		}
		all := `groupBy: [FISCAL_YEAR, REGION, SECTOR, DEPARTMENT, PROJECT_CATEGORY, FUND_SOURCE, MONTH]`
		wide := `{ stats(` + all + `, measures: [BUDGET], first: 10000) { totalRows } }`
		if c := code(a.do(wide, nil)); c != CodeQueryTooComplex {
			t.Fatalf("7 dimensions × 10,000 rows: %v; want %s", c, CodeQueryTooComplex)
		}
		// The PROJECT dimension (a row and a loaded project per project and
		// year) costs one dimension more than another of the same arity.
		a.ok(`{ stats(groupBy: [DEPARTMENT, FISCAL_YEAR], measures: [BUDGET], first: 1500) { totalRows } }`, nil, nil)
		if c := code(a.do(`{ stats(groupBy: [PROJECT, FISCAL_YEAR], measures: [RED_MONTHS], first: 1500) { totalRows } }`, nil)); c != CodeQueryTooComplex {
			t.Fatalf("PROJECT × FISCAL_YEAR × 1,500 rows: %v; want %s", c, CodeQueryTooComplex)
		}
		a.ok(`{ stats(groupBy: [PROJECT, FISCAL_YEAR], measures: [RED_MONTHS], first: 1000) { totalRows } }`, nil, nil)
		// So does TEMPLATE (read from the indicators, a template loaded per row).
		if c := code(a.do(`{ stats(groupBy: [TEMPLATE, FISCAL_YEAR], measures: [INDICATOR_COMPLETION_RATE], first: 1500) { totalRows } }`, nil)); c != CodeQueryTooComplex {
			t.Fatalf("TEMPLATE × FISCAL_YEAR × 1,500 rows: %v; want %s", c, CodeQueryTooComplex)
		}
		a.ok(`{ stats(groupBy: [TEMPLATE, FISCAL_YEAR], measures: [INDICATOR_COMPLETION_RATE], first: 1000) { totalRows } }`, nil, nil)
		// TEMPLATE × PROJECT counts the fine grain once: as any two dimensions with it.
		if c := code(a.do(`{ stats(groupBy: [TEMPLATE, PROJECT], measures: [INDICATOR_COMPLETION_RATE], first: 1500) { totalRows } }`, nil)); c != CodeQueryTooComplex {
			t.Fatalf("TEMPLATE × PROJECT × 1,500 rows: %v; want %s", c, CodeQueryTooComplex)
		}
		a.ok(`{ stats(groupBy: [TEMPLATE, PROJECT], measures: [INDICATOR_COMPLETION_RATE], first: 1000) { totalRows } }`, nil, nil)
		var aliases []string
		for i := 0; i < 30; i++ {
			aliases = append(aliases, "s"+strconv.Itoa(i)+`: stats(groupBy: [REGION, SECTOR], measures: [BUDGET], first: 100) { totalRows }`)
		}
		if c := code(a.do("{ "+strings.Join(aliases, " ")+" }", nil)); c != CodeQueryTooComplex {
			t.Fatalf("30 aliases of stats: %v; want %s", c, CodeQueryTooComplex)
		}
		small := `{ departmentStats(fiscalYear: 2026, first: 10) { totalCount } }`
		a.ok(small, nil, nil)

		// The viewer's budget of concurrent expensive queries: two are running.
		id := a.db.Client.User.Query().FirstIDX(privacy.DecisionContext(context.Background(), privacy.Allow))
		key := "user:" + strconv.Itoa(id)
		slots.acquire(key, 2)
		slots.acquire(key, 2)
		// (a new query: a cached answer costs nothing and is not budgeted)
		if c := code(a.do(`{ departmentStats(fiscalYear: 2026, first: 11) { totalCount } }`, nil)); c != CodeTooManyExpensive {
			t.Fatalf("a third expensive query at once: %v; want %s", c, CodeTooManyExpensive)
		}
		a.ok(`{ viewer { id } }`, nil, nil) // cheap queries are not budgeted
		slots.release(key)
		a.ok(`{ departmentStats(fiscalYear: 2026, first: 12) { totalCount } }`, nil, nil)

		// Answers over the size limit are refused, asking for paging.
		out := a.do(`{ __schema { types { name description } } }`, nil)
		if code(out) != CodeResponseTooLarge || !strings.Contains(out.Errors[0].Message, "after") {
			t.Fatalf("a large answer: %+v", out.Errors)
		}
	})
}
