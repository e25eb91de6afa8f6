package analytics_test

import (
	"testing"

	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestWholeRankingInOneRequest: departmentStats pages up to its documented
// 10000, so the ranking of every department (more than the usual page of
// 100) is one request costing the same statements as a page of two; past
// 10000 the request is refused before anything runs.
func TestWholeRankingInOneRequest(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		w := seed(t, db.Client)
		more(t, db.Client, w, 110)
		leader := newAPI(t, db, counter).as("leader", enums.RoleLeader, nil)
		leader.ok(`{ __typename }`, nil, nil) // the viewer is kept from here on

		const q = `query($n: Int!) { departmentStats(fiscalYear: 2025, first: $n, where: {includeSubunits: true}) {
  totalCount pageInfo { hasNextPage } edges { node { rank department { code } } } } }`
		var data struct {
			DepartmentStats struct {
				TotalCount int
				PageInfo   struct{ HasNextPage bool }
				Edges      []struct {
					Node struct {
						Rank       int
						Department struct{ Code string }
					}
				}
			}
		}
		counts := map[int]int64{}
		for _, n := range []int{2, 10000} {
			counter.Reset()
			leader.ok(q, map[string]any{"n": n}, &data)
			counts[n] = counter.Count()
		}
		s := data.DepartmentStats
		if s.TotalCount != 114 || len(s.Edges) != 114 || s.PageInfo.HasNextPage {
			t.Fatalf("first 10000: %d rows of %d (more: %v), want all 114 in one page", len(s.Edges), s.TotalCount, s.PageInfo.HasNextPage)
		}
		for i, e := range s.Edges {
			if e.Node.Rank < 1 || e.Node.Rank > 114 || e.Node.Department.Code == "" || i > 0 && e.Node.Rank < s.Edges[i-1].Node.Rank {
				t.Fatalf("row %d: %+v", i, e.Node)
			}
		}
		// The ranking statement and the departments' rows, whatever the page.
		t.Logf("statements: first 2 → %d, first 10000 → %d", counts[2], counts[10000])
		if counts[10000] != counts[2] || counts[10000] > 2 {
			t.Fatalf("statements %v: a whole ranking must cost what a page costs (≤ 2)", counts)
		}

		out := leader.do(q, map[string]any{"n": 10001})
		if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "PAGE_SIZE_EXCEEDED" || out.Errors[0].Extensions["limit"] != float64(10000) {
			t.Fatalf("first 10001: %+v, want PAGE_SIZE_EXCEEDED with limit 10000", out.Errors)
		}
	})
}
