package analytics_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"jixiao/ent"
	"jixiao/internal/analytics"
	"jixiao/internal/testdb"
)

// TestSearchKeepsTheRanks: a search lists the departments whose name holds
// it with the ranks, previous ranks and figures they have in the whole
// ranking (of the filter), page by page, counted among themselves — unlike
// where.nameContains, which ranks among them.
func TestSearchKeepsTheRanks(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		c := db.Client
		w := seed(t, c)
		more(t, c, w, 20)
		ctx := asAdmin()
		names := map[int]string{}
		for _, d := range must(c.Department.Query().All(ctx)) {
			names[d.ID] = d.Name
		}
		region := "县二"
		list := func(args analytics.DepartmentStatsArgs, first, after int) ([]string, int) {
			args.First = &first
			if after >= 0 {
				args.After = &ent.Cursor{ID: after}
			}
			conn, err := analytics.ListDepartmentStats(ctx, c, args)
			if err != nil {
				t.Fatal(err)
			}
			var rows []string
			for _, e := range conn.Edges {
				n := e.Node
				rows = append(rows, fmt.Sprintf("%s rank %d prev %d %s", names[n.DepartmentID], n.Rank, n.PreviousRank, must(json.Marshal(n.Figures))))
			}
			return rows, conn.TotalCount
		}
		for _, c := range []struct {
			name   string
			order  analytics.DepartmentStatsOrder
			where  *analytics.DepartmentStatsWhereInput
			search string
		}{
			{"default order", analytics.DepartmentStatsOrder{Field: analytics.OrderByAverageScore, Direction: "DESC"}, nil, "单位1"},
			{"execution, lowest first", analytics.DepartmentStatsOrder{Field: analytics.OrderByExecutionRate, Direction: "ASC"}, nil, "单位1"},
			{"in a region", analytics.DepartmentStatsOrder{Field: analytics.OrderByAverageScore, Direction: "DESC"}, &analytics.DepartmentStatsWhereInput{Region: &region}, "单位1"},
			{"a percent sign is text", analytics.DepartmentStatsOrder{Field: analytics.OrderByAverageScore, Direction: "DESC"}, nil, "%"},
		} {
			whole, _ := list(analytics.DepartmentStatsArgs{FiscalYear: 2025, OrderBy: &c.order, Where: c.where}, 1000, -1)
			var want []string
			for _, r := range whole {
				if name, _, _ := strings.Cut(r, " rank"); strings.Contains(name, c.search) {
					want = append(want, r)
				}
			}
			if c.search != "%" && (len(want) < 2 || len(want) == len(whole)) {
				t.Fatalf("%s: the search %q finds %d of %d: it tests nothing", c.name, c.search, len(want), len(whole))
			}
			found, total := list(analytics.DepartmentStatsArgs{FiscalYear: 2025, OrderBy: &c.order, Where: c.where, Search: &c.search}, 1000, -1)
			if strings.Join(found, "\n") != strings.Join(want, "\n") || total != len(want) {
				t.Errorf("%s: search %q (total %d)\n%s\nwant (total %d)\n%s", c.name, c.search, total, strings.Join(found, "\n"), len(want), strings.Join(want, "\n"))
			}
			for after := -1; after < len(want); after += 2 { // pages of 2
				page, _ := list(analytics.DepartmentStatsArgs{FiscalYear: 2025, OrderBy: &c.order, Where: c.where, Search: &c.search}, 2, after)
				if wantPage := want[after+1 : min(after+3, len(want))]; strings.Join(page, "\n") != strings.Join(wantPage, "\n") {
					t.Errorf("%s: page after %d\n%s\nwant\n%s", c.name, after, strings.Join(page, "\n"), strings.Join(wantPage, "\n"))
				}
			}
		}
	})
}
